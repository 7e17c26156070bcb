<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ComposerWindow</name>
    <message>
        <source>Compose a delivery — Hookscope</source>
        <translation>Composer une livraison — Hookscope</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Every send, newest first. Double-click to open it again.</source>
        <translation>Chaque envoi, le plus récent en premier. Double-cliquez pour le rouvrir.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Put this send back into the composer, with its answer</source>
        <translation>Remettre cet envoi dans l&apos;éditeur, avec sa réponse</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Saved deliveries. Double-click to open, F2 to rename.</source>
        <translation>Livraisons enregistrées. Double-clic pour ouvrir, F2 pour renommer.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Keep what is in the composer as a template</source>
        <translation>Garder le contenu de l&apos;éditeur comme modèle</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>Méthode HTTP</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8787/endpoint</source>
        <translation>http://127.0.0.1:8787/endpoint</translation>
    </message>
    <message>
        <source>Where to send it. By default this Hookscope&apos;s own capture server, at the provider&apos;s endpoint.</source>
        <translation>Où l&apos;envoyer. Par défaut, au serveur de capture de ce Hookscope, sur l&apos;endpoint du fournisseur.</translation>
    </message>
    <message>
        <source>How many times to send it</source>
        <translation>Combien de fois l&apos;envoyer</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>At most this many requests in flight at once</source>
        <translation>Au plus ce nombre de requêtes en cours à la fois</translation>
    </message>
    <message>
        <source> at once</source>
        <translation> à la fois</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Fournisseur</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>Év&amp;énement</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>Add another event to this batch delivery</source>
        <translation>Ajouter un autre événement à cette livraison groupée</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Retirer l&apos;événement</translation>
    </message>
    <message>
        <source>Remove the chosen event from the batch</source>
        <translation>Retirer l&apos;événement choisi de la livraison groupée</translation>
    </message>
    <message>
        <source>Reset to sample</source>
        <translation>Revenir à l&apos;exemple</translation>
    </message>
    <message>
        <source>Load the bundled sample of this event type again</source>
        <translation>Recharger l&apos;exemple fourni pour ce type d&apos;événement</translation>
    </message>
    <message>
        <source>Randomize</source>
        <translation>Valeurs aléatoires</translation>
    </message>
    <message>
        <source>Fill every field with a realistic new value (Ctrl+R); pinned fields keep theirs</source>
        <translation>Remplir chaque champ avec une nouvelle valeur réaliste (Ctrl+R) ; les champs épinglés gardent la leur</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Add an item to the chosen list (a copy of its last item)</source>
        <translation>Ajouter un élément à la liste choisie (une copie de son dernier élément)</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Retirer l&apos;élément</translation>
    </message>
    <message>
        <source>Remove the chosen list item</source>
        <translation>Retirer l&apos;élément de liste choisi</translation>
    </message>
    <message>
        <source>Set null</source>
        <translation>Mettre à null</translation>
    </message>
    <message>
        <source>Make the chosen field null, or give a null field a value</source>
        <translation>Mettre le champ choisi à null, ou donner une valeur à un champ null</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Where the body breaks the event&apos;s JSON Schema. Click one to go to the field.</source>
        <translation>Là où le corps enfreint le JSON Schema de l&apos;événement. Cliquez sur une ligne pour aller au champ.</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Ajouter un en-tête</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Vendor defaults</source>
        <translation>Valeurs du fournisseur</translation>
    </message>
    <message>
        <source>The headers this provider sends (Content-Type, User-Agent, event type)</source>
        <translation>Les en-têtes que ce fournisseur envoie (Content-Type, User-Agent, type d&apos;événement)</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>&amp;Scheme</source>
        <translation>&amp;Schéma</translation>
    </message>
    <message>
        <source>S&amp;ecret</source>
        <translation>S&amp;ecret</translation>
    </message>
    <message>
        <source>the webhook secret (whsec_…, a Phasio key, a token)</source>
        <translation>le secret du webhook (whsec_…, une clé Phasio, un jeton)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>A new random secret in the form this scheme uses</source>
        <translation>Un nouveau secret aléatoire au format qu&apos;utilise ce schéma</translation>
    </message>
    <message>
        <source>Generic HMAC</source>
        <translation>HMAC générique</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>X-Signature</source>
        <translation>X-Signature</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>e.g. sha256=</source>
        <translation>p. ex. sha256=</translation>
    </message>
    <message>
        <source>&lt;b&gt;Response&lt;/b&gt;</source>
        <translation>&lt;b&gt;Réponse&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Compare deliveries</source>
        <translation>Comparer des livraisons</translation>
    </message>
    <message>
        <source>Show unchanged fields</source>
        <translation>Afficher les champs inchangés</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export deliveries</source>
        <translation>Exporter des livraisons</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Sélectionnées</translation>
    </message>
    <message>
        <source>What the list shows</source>
        <translation>Ce que la liste affiche</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>&amp;Mask credentials (Authorization, cookies, signature, token and API-key headers)</source>
        <translation>&amp;Masquer les identifiants (Authorization, cookies, en-têtes de signature, de jeton et de clé d&apos;API)</translation>
    </message>
    <message>
        <source>For &amp;Excel (byte order mark, no formulas)</source>
        <translation>Pour &amp;Excel (BOM, aucune formule)</translation>
    </message>
    <message>
        <source>Send &amp;to</source>
        <translation>Envoyer &amp;à</translation>
    </message>
    <message>
        <source>each delivery&apos;s own Host, or e.g. http://localhost:3000</source>
        <translation>le Host propre à chaque livraison, ou p. ex. http://localhost:3000</translation>
    </message>
    <message>
        <source>None for this format.</source>
        <translation>Aucune pour ce format.</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>&amp;Enregistrer dans</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>NDJSON (lossless, imports back)</source>
        <translation>NDJSON (sans perte, réimportable)</translation>
    </message>
    <message>
        <source>A line per delivery with everything: headers in wire order, the body byte for byte, the response. Hookscope imports it back unchanged.</source>
        <translation>Une ligne par livraison avec tout : les en-têtes dans l&apos;ordre de transmission, le corps octet par octet, la réponse. Hookscope la réimporte sans changement.</translation>
    </message>
    <message>
        <source>HAR 1.2</source>
        <translation>HAR 1.2</translation>
    </message>
    <message>
        <source>For browser dev tools and HAR viewers: an entry per delivery, bodies that are not text in base64. Hookscope imports it back too.</source>
        <translation>Pour les outils de développement du navigateur et les visionneuses HAR : une entrée par livraison, les corps qui ne sont pas du texte en base64. Hookscope le réimporte aussi.</translation>
    </message>
    <message>
        <source>CSV, per event type</source>
        <translation>CSV, par type d&apos;événement</translation>
    </message>
    <message>
        <source>A row per event and a column per field of the event type (RFC 4180, UTF-8); headers and arrays are left out.</source>
        <translation>Une ligne par événement et une colonne par champ du type d&apos;événement (RFC 4180, UTF-8) ; les en-têtes et les tableaux sont omis.</translation>
    </message>
    <message>
        <source>JSON array, per event type</source>
        <translation>Tableau JSON, par type d&apos;événement</translation>
    </message>
    <message>
        <source>Each event exactly as it was in the body, with its delivery, time and schema errors.</source>
        <translation>Chaque événement exactement tel qu&apos;il était dans le corps, avec sa livraison, son heure et ses erreurs de schéma.</translation>
    </message>
    <message>
        <source>curl commands (bash script)</source>
        <translation>Commandes curl (script bash)</translation>
    </message>
    <message>
        <source>A curl command per delivery that sends it again: method, headers and the exact body. Binary bodies go to files beside the script.</source>
        <translation>Une commande curl par livraison qui la renvoie : méthode, en-têtes et corps exact. Les corps binaires vont dans des fichiers à côté du script.</translation>
    </message>
    <message>
        <source>Raw body of the delivery</source>
        <translation>Corps brut de la livraison</translation>
    </message>
    <message>
        <source>The body&apos;s bytes as they arrived, still compressed or encrypted if they were.</source>
        <translation>Les octets du corps tels qu&apos;ils sont arrivés, encore compressés ou chiffrés s&apos;ils l&apos;étaient.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search bodies, headers and paths (Ctrl+F)</source>
        <translation>Rechercher dans les corps, en-têtes et chemins (Ctrl+F)</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>Méthode HTTP</translation>
    </message>
    <message>
        <source>Status Hookscope answered with</source>
        <translation>Statut de la réponse de Hookscope</translation>
    </message>
    <message>
        <source>Signature check result</source>
        <translation>Résultat de la vérification de signature</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>NullableEditor</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Make this field null</source>
        <translation>Mettre ce champ à null</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Not forwarded to %1:
%2</source>
        <translation>Non transférée à %1 :
%2</translation>
    </message>
    <message>
        <source>Forwarded to %1, answered in %2 ms:</source>
        <translation>Transférée à %1, réponse en %2 ms :</translation>
    </message>
    <message>
        <source>(the body is cut at %1 here)</source>
        <translation>(le corps est coupé à %1 ici)</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation>Schéma :</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %2 · %3 ms</source>
        <translation>%1 %2 · %3 ms</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l&apos;adresse du &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Écouter sur</translation>
    </message>
    <message>
        <source>127.0.0.1:8787</source>
        <translation>127.0.0.1:8787</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts deliveries from this machine only; 0.0.0.0 from anywhere that can reach it. Changing it restarts the capture server; deliveries in flight are answered first.</source>
        <translation>127.0.0.1 n&apos;accepte que les livraisons de cette machine ; 0.0.0.0 celles de partout où elle est joignable. Un changement redémarre le serveur de capture ; les livraisons en cours reçoivent d&apos;abord leur réponse.</translation>
    </message>
    <message>
        <source>Largest body</source>
        <translation>Corps maximal</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Time to send headers</source>
        <translation>Délai pour les en-têtes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time to send a request</source>
        <translation>Délai pour une requête</translation>
    </message>
    <message>
        <source>Idle connections closed after</source>
        <translation>Fermer les connexions inactives après</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>Deliveries to an endpoint&apos;s path (and below it) belong to its provider, are checked and decrypted with its secret, are answered with its status, and can be forwarded to your app. Secrets are kept in the system keychain where there is one, otherwise in a file only you can read.</source>
        <translation>Les livraisons vers le chemin d&apos;un endpoint (et en dessous) appartiennent à son fournisseur, sont vérifiées et déchiffrées avec son secret, reçoivent son statut en réponse et peuvent être transférées à votre application. Les secrets sont gardés dans le trousseau du système s&apos;il y en a un, sinon dans un fichier que vous seul pouvez lire.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Set secret…</source>
        <translation>Définir le secret…</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Keep only the newest</source>
        <translation>Ne garder que les plus récentes :</translation>
    </message>
    <message>
        <source> deliveries</source>
        <translation> livraisons</translation>
    </message>
    <message>
        <source>Keep only the last</source>
        <translation>Ne garder que les derniers :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Older deliveries are deleted from the store while Hookscope captures, a little at a time, without holding up capture. Imported deliveries count by the time they were first received. To delete deliveries now, right-click an endpoint or provider in the sidebar.</source>
        <translation>Les livraisons plus anciennes sont supprimées du stockage pendant que Hookscope capture, un peu à la fois, sans ralentir la capture. Les livraisons importées comptent selon leur première réception. Pour supprimer des livraisons tout de suite, faites un clic droit sur un endpoint ou un fournisseur dans la barre latérale.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Show an icon in the system tray (closing the window keeps capturing)</source>
        <translation>Afficher une icône dans la zone de notification (fermer la fenêtre poursuit la capture)</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification.</translation>
    </message>
    <message>
        <source>Tell me when the first delivery of a new event type arrives</source>
        <translation>Me prévenir à l&apos;arrivée de la première livraison d&apos;un nouveau type d&apos;événement</translation>
    </message>
    <message>
        <source>Shared store</source>
        <translation>Stockage partagé</translation>
    </message>
    <message>
        <source>postgres://user@host/database (empty: this data directory&apos;s own store)</source>
        <translation>postgres://utilisateur@hôte/base (vide : le stockage propre à ce répertoire de données)</translation>
    </message>
    <message>
        <source>Node name</source>
        <translation>Nom du nœud</translation>
    </message>
    <message>
        <source>A PostgreSQL database that other capture nodes and consoles share: every delivery any of them captures is shown here as it arrives, with the name of the node that took it. Applies from the next start; --store on the command line comes first.</source>
        <translation>Une base PostgreSQL partagée avec d’autres nœuds de capture et consoles : chaque livraison que l’un d’eux capture s’affiche ici dès son arrivée, avec le nom du nœud qui l’a reçue. S’applique au prochain démarrage ; --store en ligne de commande passe avant.</translation>
    </message>
</context>
<context>
    <name>SignatureScheme</name>
    <message>
        <source>Standard Webhooks</source>
        <translation>Standard Webhooks</translation>
    </message>
    <message>
        <source>Stripe-style (Stripe-Signature)</source>
        <translation>À la Stripe (Stripe-Signature)</translation>
    </message>
    <message>
        <source>GitHub-style (X-Hub-Signature-256)</source>
        <translation>À la GitHub (X-Hub-Signature-256)</translation>
    </message>
    <message>
        <source>Phasio: encrypt, then sign</source>
        <translation>Phasio : chiffrer, puis signer</translation>
    </message>
    <message>
        <source>Generic HMAC header</source>
        <translation>En-tête HMAC générique</translation>
    </message>
    <message>
        <source>Token header (Authorization: Bearer …)</source>
        <translation>En-tête de jeton (Authorization: Bearer …)</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Hookscope is already running with the data directory %1 (process %2) but does not answer.</source>
        <translation>Hookscope tourne déjà avec le dossier de données %1 (processus %2) mais ne répond pas.</translation>
    </message>
</context>
<context>
    <name>StoreProblemPrompt</name>
    <message>
        <source>Delivery store cannot be used</source>
        <translation>Stockage des livraisons inutilisable</translation>
    </message>
    <message>
        <source>The delivery store was written by a newer version of Hookscope.</source>
        <translation>Le stockage des livraisons a été écrit par une version plus récente de Hookscope.</translation>
    </message>
    <message>
        <source>The delivery store is damaged.</source>
        <translation>Le stockage des livraisons est endommagé.</translation>
    </message>
    <message>
        <source>%1

Problem: %2.

Nothing has been changed in it.</source>
        <translation>%1

Problème : %2.

Rien n&apos;y a été modifié.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Start a new data directory…</source>
        <translation>Commencer un nouveau dossier de données…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Choose or create an empty data directory</source>
        <translation>Choisir ou créer un dossier de données vide</translation>
    </message>
    <message>
        <source>That is the data directory whose store cannot be used; choose another.</source>
        <translation>C&apos;est le dossier de données dont le stockage est inutilisable ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>You can look at what it holds read-only, with capture off, start a new data directory (this one is left as it is), or quit.</source>
        <translation>Vous pouvez consulter son contenu en lecture seule, sans capture, commencer un nouveau dossier de données (celui-ci reste tel quel) ou quitter.</translation>
    </message>
    <message>
        <source>It cannot be opened even to read it. You can start a new data directory (this one is left as it is), or quit.</source>
        <translation>Il ne peut même pas être ouvert en lecture. Vous pouvez commencer un nouveau dossier de données (celui-ci reste tel quel) ou quitter.</translation>
    </message>
</context>
<context>
    <name>TunnelPanel</name>
    <message>
        <source>Make the capture server reachable from a vendor&apos;s cloud with a tunnel program you have.</source>
        <translation>Rendre le serveur de capture joignable depuis le cloud d&apos;un fournisseur avec un programme de tunnel que vous avez.</translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation>&amp;Outil :</translation>
    </message>
    <message>
        <source>Your ssh server</source>
        <translation>Votre serveur ssh</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>user@host.example.com</source>
        <translation>utilisateur@host.example.com</translation>
    </message>
    <message>
        <source>ssh &amp;port:</source>
        <translation>&amp;Port ssh :</translation>
    </message>
    <message>
        <source>default (22)</source>
        <translation>par défaut (22)</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Fichier de &amp;clé :</translation>
    </message>
    <message>
        <source>your ssh agent or default key</source>
        <translation>votre agent ssh ou votre clé par défaut</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a private key file</source>
        <translation>Choisir un fichier de clé privée</translation>
    </message>
    <message>
        <source>&amp;Remote port:</source>
        <translation>Port &amp;distant :</translation>
    </message>
    <message>
        <source>The port the server listens on for the world; it is public only with GatewayPorts in its sshd_config</source>
        <translation>Le port sur lequel le serveur écoute pour le monde ; il n&apos;est public qu&apos;avec GatewayPorts dans son sshd_config</translation>
    </message>
    <message>
        <source>any free one</source>
        <translation>n&apos;importe lequel de libre</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>O&amp;ptions :</translation>
    </message>
    <message>
        <source>ssh options as after -o, separated by spaces</source>
        <translation>options ssh comme après -o, séparées par des espaces</translation>
    </message>
    <message>
        <source>NAME=VALUE …</source>
        <translation>NOM=VALEUR …</translation>
    </message>
    <message>
        <source>&amp;URL override:</source>
        <translation>&amp;URL imposée :</translation>
    </message>
    <message>
        <source>Where the world reaches the tunnel, when the tool cannot say (a reverse proxy in front of your ssh server)</source>
        <translation>Où le monde atteint le tunnel, quand l&apos;outil ne peut pas le dire (un reverse proxy devant votre serveur ssh)</translation>
    </message>
    <message>
        <source>as the tool says</source>
        <translation>comme l&apos;outil l&apos;indique</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>P&amp;rogramme :</translation>
    </message>
    <message>
        <source>Run this program instead of the one found on PATH</source>
        <translation>Lancer ce programme au lieu de celui trouvé dans le PATH</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>&amp;Abandonner après :</translation>
    </message>
    <message>
        <source>Stop waiting when no public URL appeared by then</source>
        <translation>Arrêter d&apos;attendre si aucune URL publique n&apos;est apparue d&apos;ici là</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Start tunnel</source>
        <translation>&amp;Démarrer le tunnel</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>URL publique</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the public URL</source>
        <translation>Copier l&apos;URL publique</translation>
    </message>
    <message>
        <source>Paste this into the vendor&apos;s webhook settings:</source>
        <translation>Collez ceci dans les paramètres de webhook du fournisseur :</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Capture server address (default 127.0.0.1:8787; port 0 picks a free port).</source>
        <translation>Adresse du serveur de capture (par défaut 127.0.0.1:8787 ; le port 0 en choisit un libre).</translation>
    </message>
    <message>
        <source>Directory of the delivery store (default %1).</source>
        <translation>Dossier du stockage des livraisons (par défaut %1).</translation>
    </message>
    <message>
        <source>Name an endpoint (repeatable): deliveries to /PATH belong to PROVIDER, are checked with the secret, answered with CODE after MS, and sent on to URL (answer=target: the vendor gets URL&apos;s answer).</source>
        <translation>Nommer un endpoint (répétable) : les livraisons vers /PATH appartiennent à PROVIDER, sont vérifiées avec le secret, reçoivent CODE en réponse après MS et sont transférées à URL (answer=target : le fournisseur reçoit la réponse de URL).</translation>
    </message>
    <message>
        <source>Keep only the newest N deliveries; older ones are removed from the store.</source>
        <translation>Ne garder que les N livraisons les plus récentes ; les plus anciennes sont retirées du stockage.</translation>
    </message>
    <message>
        <source>Keep only deliveries received in the last N days.</source>
        <translation>Ne garder que les livraisons reçues ces N derniers jours.</translation>
    </message>
    <message>
        <source>Largest request body; larger ones are answered 413 without being read (default 25M).</source>
        <translation>Corps de requête maximal ; les plus gros reçoivent 413 sans être lus (par défaut 25M).</translation>
    </message>
    <message>
        <source>Seconds a client has to send a request&apos;s headers (default 10).</source>
        <translation>Secondes dont dispose un client pour envoyer les en-têtes d&apos;une requête (par défaut 10).</translation>
    </message>
    <message>
        <source>Seconds a client has to send a whole request (default 60).</source>
        <translation>Secondes dont dispose un client pour envoyer une requête entière (par défaut 60).</translation>
    </message>
    <message>
        <source>Seconds an idle kept-alive connection stays open (default 30).</source>
        <translation>Secondes pendant lesquelles une connexion keep-alive inactive reste ouverte (par défaut 30).</translation>
    </message>
    <message>
        <source>Connections served at once; more are answered 503 (default 2048).</source>
        <translation>Connexions servies à la fois ; les suivantes reçoivent 503 (par défaut 2048).</translation>
    </message>
    <message>
        <source>Export stored deliveries.
  ndjson  every delivery, lossless (import gives the same bytes back)
  har     HAR 1.2 for browser dev tools and HAR viewers
  csv     one event type&apos;s table, a row per event (--event-type, or -o DIR)
  json    one event type&apos;s events as a JSON array (--event-type, or -o DIR)
  curl    a bash script, one curl command per delivery
  raw     the body of one delivery (--id)</source>
        <translation>Exporter les livraisons stockées.
  ndjson  chaque livraison, sans perte (import redonne les mêmes octets)
  har     HAR 1.2 pour les outils de développement du navigateur et les visionneuses HAR
  csv     la table d&apos;un type d&apos;événement, une ligne par événement (--event-type, ou -o DIR)
  json    les événements d&apos;un type d&apos;événement en tableau JSON (--event-type, ou -o DIR)
  curl    un script bash, une commande curl par livraison
  raw     le corps d&apos;une livraison (--id)</translation>
    </message>
    <message>
        <source>Store directory.</source>
        <translation>Dossier du stockage.</translation>
    </message>
    <message>
        <source>ndjson (default), har, csv, json, curl or raw.</source>
        <translation>ndjson (par défaut), har, csv, json, curl ou raw.</translation>
    </message>
    <message>
        <source>Only this event type.</source>
        <translation>Seulement ce type d&apos;événement.</translation>
    </message>
    <message>
        <source>Only this provider.</source>
        <translation>Seulement ce fournisseur.</translation>
    </message>
    <message>
        <source>Only this delivery (repeat for more).</source>
        <translation>Seulement cette livraison (répéter pour d&apos;autres).</translation>
    </message>
    <message>
        <source>curl: send to this base URL instead of the delivery&apos;s Host (the target is appended).</source>
        <translation>curl : envoyer à cette URL de base au lieu du Host de la livraison (la cible y est ajoutée).</translation>
    </message>
    <message>
        <source>curl, har: write Authorization, signature and token headers as &lt;redacted&gt;.</source>
        <translation>curl, har : écrire les en-têtes Authorization, de signature et de jeton sous la forme &lt;redacted&gt;.</translation>
    </message>
    <message>
        <source>csv: byte order mark, and no formulas, for Excel.</source>
        <translation>csv : BOM et aucune formule, pour Excel.</translation>
    </message>
    <message>
        <source>Write to FILE (a directory for csv/json without --event-type), not stdout.</source>
        <translation>Écrire dans FILE (un dossier pour csv/json sans --event-type), pas sur stdout.</translation>
    </message>
    <message>
        <source>Import deliveries from an NDJSON export or a HAR file into the store.</source>
        <translation>Importer dans le stockage des livraisons d&apos;un export NDJSON ou d&apos;un fichier HAR.</translation>
    </message>
    <message>
        <source>NDJSON or HAR file (detected from its content).</source>
        <translation>Fichier NDJSON ou HAR (reconnu à son contenu).</translation>
    </message>
    <message>
        <source>Send a stored delivery again: same method, the raw body byte for byte, the original headers without the hop-by-hop ones. Prints the answer like send.</source>
        <translation>Renvoyer une livraison stockée : même méthode, corps brut octet par octet, en-têtes d&apos;origine sans les en-têtes hop-by-hop. Affiche la réponse comme send.</translation>
    </message>
    <message>
        <source>The delivery&apos;s id (as in export).</source>
        <translation>L&apos;identifiant de la livraison (comme dans export).</translation>
    </message>
    <message>
        <source>Where to send it.</source>
        <translation>Où l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Keep every original header, Host and hop-by-hop ones included (Content-Length and Transfer-Encoding are always recomputed).</source>
        <translation>Garder chaque en-tête d&apos;origine, Host et en-têtes hop-by-hop compris (Content-Length et Transfer-Encoding sont toujours recalculés).</translation>
    </message>
    <message>
        <source>Sign again with a new timestamp: standard-webhooks, stripe, github, phasio, hmac or header-token.</source>
        <translation>Signer à nouveau avec un nouvel horodatage : standard-webhooks, stripe, github, phasio, hmac ou header-token.</translation>
    </message>
    <message>
        <source>List the bundled sample deliveries, one provider/event_type per line.</source>
        <translation>Lister les livraisons d&apos;exemple fournies, un provider/event_type par ligne.</translation>
    </message>
    <message>
        <source>Print the names only.</source>
        <translation>N&apos;afficher que les noms.</translation>
    </message>
    <message>
        <source>A bundled sample (hookscope samples).</source>
        <translation>Un exemple fourni (hookscope samples).</translation>
    </message>
    <message>
        <source>Send this file&apos;s bytes (- for stdin).</source>
        <translation>Envoyer les octets de ce fichier (- pour stdin).</translation>
    </message>
    <message>
        <source>Change a field: a dotted path (customers[0].email) or JSON pointer (/customers/0/email), = and the value, typed by the event&apos;s schema. Repeatable.</source>
        <translation>Modifier un champ : un chemin pointé (customers[0].email) ou un pointeur JSON (/customers/0/email), = et la valeur, typée selon le schéma de l&apos;événement. Répétable.</translation>
    </message>
    <message>
        <source>Add or replace a header. Repeatable.</source>
        <translation>Ajouter ou remplacer un en-tête. Répétable.</translation>
    </message>
    <message>
        <source>HTTP method (default: the provider&apos;s, POST).</source>
        <translation>Méthode HTTP (par défaut : celle du fournisseur, POST).</translation>
    </message>
    <message>
        <source>standard-webhooks, stripe, github, phasio, hmac, header-token or none (default with --sample and a secret: the provider&apos;s).</source>
        <translation>standard-webhooks, stripe, github, phasio, hmac, header-token ou none (par défaut avec --sample et un secret : celui du fournisseur).</translation>
    </message>
    <message>
        <source>Send it N times and print a summary.</source>
        <translation>L&apos;envoyer N fois et afficher un résumé.</translation>
    </message>
    <message>
        <source>With --repeat: at most K in flight (default 8).</source>
        <translation>Avec --repeat : au plus K en cours à la fois (par défaut 8).</translation>
    </message>
    <message>
        <source>The webhook secret to sign (and for Phasio encrypt) with.</source>
        <translation>Le secret du webhook avec lequel signer (et, pour Phasio, chiffrer).</translation>
    </message>
    <message>
        <source>Read the secret from FILE (keeps it out of the process list); one trailing newline is ignored.</source>
        <translation>Lire le secret dans FILE (il reste hors de la liste des processus) ; un saut de ligne final est ignoré.</translation>
    </message>
    <message>
        <source>With hmac: the signature header (X-Signature).</source>
        <translation>Avec hmac : l&apos;en-tête de signature (X-Signature).</translation>
    </message>
    <message>
        <source>With hmac: sha1, sha256 (default) or sha512.</source>
        <translation>Avec hmac : sha1, sha256 (par défaut) ou sha512.</translation>
    </message>
    <message>
        <source>With hmac: hex (default) or base64.</source>
        <translation>Avec hmac : hex (par défaut) ou base64.</translation>
    </message>
    <message>
        <source>With hmac: text before the digest, e.g. sha256=.</source>
        <translation>Avec hmac : texte avant l&apos;empreinte, p. ex. sha256=.</translation>
    </message>
    <message>
        <source>Give up on an answer after SECONDS (default 30).</source>
        <translation>Renoncer à une réponse après SECONDS secondes (par défaut 30).</translation>
    </message>
    <message>
        <source>Print the request instead of sending it.</source>
        <translation>Afficher la requête au lieu de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Send a webhook delivery: a bundled sample (or a file) with edits, signed like the vendor signs it. Prints the answer&apos;s status line, headers and body.</source>
        <translation>Envoyer une livraison de webhook : un exemple fourni (ou un fichier) modifié, signé comme le fournisseur le signe. Affiche la ligne de statut, les en-têtes et le corps de la réponse.</translation>
    </message>
    <message>
        <source>The tunnel program: %1.</source>
        <translation>Le programme de tunnel : %1.</translation>
    </message>
    <message>
        <source>The capture server to tunnel to (default 127.0.0.1:8787).</source>
        <translation>Le serveur de capture vers lequel ouvrir le tunnel (par défaut 127.0.0.1:8787).</translation>
    </message>
    <message>
        <source>Print URLs for the endpoints kept in this store directory (default %1).</source>
        <translation>Afficher les URL des endpoints gardés dans ce dossier de stockage (par défaut %1).</translation>
    </message>
    <message>
        <source>Print a URL for this endpoint too (repeatable).</source>
        <translation>Afficher aussi une URL pour cet endpoint (répétable).</translation>
    </message>
    <message>
        <source>ssh: the server that forwards to this machine.</source>
        <translation>ssh : le serveur qui redirige vers cette machine.</translation>
    </message>
    <message>
        <source>ssh: the server&apos;s ssh port.</source>
        <translation>ssh : le port ssh du serveur.</translation>
    </message>
    <message>
        <source>ssh: the private key to log in with.</source>
        <translation>ssh : la clé privée pour se connecter.</translation>
    </message>
    <message>
        <source>ssh: an option as after -o (repeatable).</source>
        <translation>ssh : une option comme après -o (répétable).</translation>
    </message>
    <message>
        <source>ssh: the port the server listens on for the world (default 0: the server picks one).</source>
        <translation>ssh : le port sur lequel le serveur écoute pour le monde (par défaut 0 : le serveur en choisit un).</translation>
    </message>
    <message>
        <source>The URL the world reaches the tunnel at, when the tool cannot say (ssh behind a reverse proxy).</source>
        <translation>L&apos;URL à laquelle le monde atteint le tunnel, quand l&apos;outil ne peut pas le dire (ssh derrière un reverse proxy).</translation>
    </message>
    <message>
        <source>Give up when no public URL appeared within this time (default 60).</source>
        <translation>Abandonner si aucune URL publique n&apos;est apparue dans ce délai (par défaut 60).</translation>
    </message>
    <message>
        <source>Run this program instead of the tool found on PATH.</source>
        <translation>Lancer ce programme au lieu de l&apos;outil trouvé dans le PATH.</translation>
    </message>
    <message>
        <source>Print the tool&apos;s own output (on stderr).</source>
        <translation>Afficher la sortie de l&apos;outil lui-même (sur stderr).</translation>
    </message>
    <message>
        <source>--via is required: %1</source>
        <translation>--via est obligatoire : %1</translation>
    </message>
    <message>
        <source>--via &quot;%1&quot;: Hookscope knows %2</source>
        <translation>--via &quot;%1&quot; : Hookscope connaît %2</translation>
    </message>
    <message>
        <source>--listen needs the capture server&apos;s port (the one it printed), not 0</source>
        <translation>--listen a besoin du port du serveur de capture (celui qu&apos;il a affiché), pas de 0</translation>
    </message>
    <message>
        <source>--public-url is an http:// or https:// URL</source>
        <translation>--public-url est une URL http:// ou https://</translation>
    </message>
    <message>
        <source>--via ssh needs --ssh-host USER@HOST, the server that forwards to this machine</source>
        <translation>--via ssh a besoin de --ssh-host USER@HOST, le serveur qui redirige vers cette machine</translation>
    </message>
    <message>
        <source>--ssh-host, --ssh-port, --ssh-identity, --ssh-option and --remote-port go with --via ssh</source>
        <translation>--ssh-host, --ssh-port, --ssh-identity, --ssh-option et --remote-port vont avec --via ssh</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3</source>
        <translation>--%1 prend un nombre de %2 à %3</translation>
    </message>
    <message>
        <source>--data-dir %1 is not a directory</source>
        <translation>--data-dir %1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>Open a public tunnel to a running capture server with a program you have (cloudflared quick tunnel, ngrok, localtunnel, or ssh -R to a server of yours), print its URL and the URL of each endpoint to give the vendor, and keep it open until Ctrl+C.</source>
        <translation>Ouvrir un tunnel public vers un serveur de capture en marche avec un programme que vous avez (quick tunnel cloudflared, ngrok, localtunnel, ou ssh -R vers un serveur à vous), afficher son URL et l&apos;URL de chaque endpoint à donner au fournisseur, et le garder ouvert jusqu&apos;à Ctrl+C.</translation>
    </message>
    <message>
        <source>Webhook test console: captures, decodes, composes and replays webhook deliveries.
Without --headless it opens the console window.

Commands (hookscope COMMAND --help for each):
  export   write stored deliveries as NDJSON, HAR, CSV, JSON, curl or a raw body
  import   read deliveries from an NDJSON or HAR file
  samples  list the bundled sample deliveries
  send     send a sample or a file, edited and signed like the vendor does
  replay   send a stored delivery again, byte for byte
  tunnel   open a public tunnel to the capture server (cloudflared, ngrok,
           localtunnel or ssh -R) and print the URLs to give the vendor</source>
        <translation>Console de test de webhooks : capture, décode, compose et rejoue des livraisons de webhook.
Sans --headless, elle ouvre la fenêtre de la console.

Commandes (hookscope COMMANDE --help pour chacune) :
  export   écrire les livraisons stockées en NDJSON, HAR, CSV, JSON, curl ou corps brut
  import   lire des livraisons depuis un fichier NDJSON ou HAR
  samples  lister les livraisons d&apos;exemple fournies
  send     envoyer un exemple ou un fichier, modifié et signé comme le fait le fournisseur
  replay   renvoyer une livraison stockée, octet par octet
  tunnel   ouvrir un tunnel public vers le serveur de capture (cloudflared, ngrok,
           localtunnel ou ssh -R) et afficher les URL à donner au fournisseur</translation>
    </message>
    <message>
        <source>Capture without a window until SIGTERM.</source>
        <translation>Capturer sans fenêtre jusqu&apos;à SIGTERM.</translation>
    </message>
    <message>
        <source>With --headless: print one line per stored delivery.</source>
        <translation>Avec --headless : afficher une ligne par livraison stockée.</translation>
    </message>
    <message>
        <source>Capture server not started: %1</source>
        <translation>Serveur de capture non démarré : %1</translation>
    </message>
    <message>
        <source>Name of this capture node, kept with every delivery it takes into a shared store (default: the host name).</source>
        <translation>Nom de ce nœud de capture, conservé avec chaque livraison qu’il enregistre dans un stockage partagé (par défaut : le nom d’hôte).</translation>
    </message>
    <message>
        <source>Keep deliveries in a PostgreSQL database that other capture nodes and consoles share, instead of the data directory&apos;s SQLite file (the journal stays in the data directory). A password is better kept in PGPASSWORD or ~/.pgpass than in the URL.</source>
        <translation>Conserver les livraisons dans une base PostgreSQL partagée avec d’autres nœuds de capture et consoles, au lieu du fichier SQLite du répertoire de données (le journal reste dans le répertoire de données). Un mot de passe est mieux dans PGPASSWORD ou ~/.pgpass que dans l’URL.</translation>
    </message>
</context>
<context>
    <name>hookscope::ComposerFormModel</name>
    <message numerus="yes">
        <source>one of %n</source>
        <translation>
            <numerusform>un parmi %n</numerusform>
            <numerusform>un parmi %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept by Randomize: a field above it is pinned</source>
        <translation>Gardé par Valeurs aléatoires : un champ au-dessus est épinglé</translation>
    </message>
    <message>
        <source>Pin: Randomize keeps this value</source>
        <translation>Épingler : Valeurs aléatoires garde cette valeur</translation>
    </message>
    <message numerus="yes">
        <source>{%n fields}</source>
        <translation>
            <numerusform>{%n champ}</numerusform>
            <numerusform>{%n champs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>Pattern: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>hookscope::ComposerWindow</name>
    <message>
        <source>Send the delivery to see the answer here.

By default it goes to this Hookscope&apos;s own capture server, so it shows up in the console like a vendor&apos;s would.</source>
        <translation>Envoyez la livraison pour voir la réponse ici.

Par défaut, elle part vers le serveur de capture de ce Hookscope et apparaît donc dans la console comme celle d&apos;un fournisseur.</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>Non renommé : %1</translation>
    </message>
    <message>
        <source>None (a body of your own)</source>
        <translation>Aucun (un corps à vous)</translation>
    </message>
    <message>
        <source>The provider&apos;s (%1)</source>
        <translation>Celui du fournisseur (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>Le corps est vide.</translation>
    </message>
    <message>
        <source>Not JSON at line %1, column %2: %3</source>
        <translation>Pas du JSON à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>The form shows the last version that was JSON; fix the text to edit here again.</source>
        <translation>Le formulaire montre la dernière version qui était du JSON ; corrigez le texte pour modifier ici à nouveau.</translation>
    </message>
    <message>
        <source>(the body)</source>
        <translation>(le corps)</translation>
    </message>
    <message>
        <source>no provider, so no schema to check</source>
        <translation>aucun fournisseur, donc aucun schéma à vérifier</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#27ae60&quot;&gt;matches the %1 schema&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#27ae60&quot;&gt;conforme au schéma %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Valid JSON · %1 · %2</source>
        <translation>JSON valide · %1 · %2</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 modifié.</translation>
    </message>
    <message>
        <source>Give a value</source>
        <translation>Donner une valeur</translation>
    </message>
    <message>
        <source>Set null</source>
        <translation>Mettre à null</translation>
    </message>
    <message>
        <source>Item %1 added to %2.</source>
        <translation>Élément %1 ajouté à %2.</translation>
    </message>
    <message>
        <source>Item %1 removed from %2.</source>
        <translation>Élément %1 retiré de %2.</translation>
    </message>
    <message>
        <source>There is no sample event of type %1 to add.</source>
        <translation>Il n&apos;y a pas d&apos;événement d&apos;exemple de type %1 à ajouter.</translation>
    </message>
    <message>
        <source>Event %1 (%2) added to the batch.</source>
        <translation>Événement %1 (%2) ajouté à la livraison groupée.</translation>
    </message>
    <message>
        <source>A batch delivery carries at least one event.</source>
        <translation>Une livraison groupée contient au moins un événement.</translation>
    </message>
    <message>
        <source>Event %1 removed from the batch.</source>
        <translation>Événement %1 retiré de la livraison groupée.</translation>
    </message>
    <message numerus="yes">
        <source>Randomized %n fields.</source>
        <translation>
            <numerusform>%n champ rempli au hasard.</numerusform>
            <numerusform>%n champs remplis au hasard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Randomized %n fields; pinned ones kept.</source>
        <translation>
            <numerusform>%n champ rempli au hasard ; les épinglés sont gardés.</numerusform>
            <numerusform>%n champs remplis au hasard ; les épinglés sont gardés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider&apos;s</source>
        <translation>Celui du fournisseur</translation>
    </message>
    <message>
        <source>None: send unsigned</source>
        <translation>Aucun : envoyer sans signature</translation>
    </message>
    <message>
        <source>%1 does not sign its deliveries: they go out as composed.</source>
        <translation>%1 ne signe pas ses livraisons : elles partent telles que composées.</translation>
    </message>
    <message>
        <source>Sent unsigned, as composed.</source>
        <translation>Envoyée sans signature, telle que composée.</translation>
    </message>
    <message>
        <source>Without a secret the body goes out as plain JSON, neither encrypted nor signed.</source>
        <translation>Sans secret, le corps part en JSON brut, ni chiffré ni signé.</translation>
    </message>
    <message>
        <source>Enter the secret to sign with; without one the delivery goes out unsigned.</source>
        <translation>Saisissez le secret avec lequel signer ; sans lui, la livraison part sans signature.</translation>
    </message>
    <message>
        <source>Added when sending: %1.</source>
        <translation>Ajouté à l&apos;envoi : %1.</translation>
    </message>
    <message>
        <source>The body is encrypted with the secret first (AES-256-GCM, as the provider file lays it out) and the encrypted text is signed.</source>
        <translation>Le corps est d&apos;abord chiffré avec le secret (AES-256-GCM, selon la disposition du fichier du fournisseur) et le texte chiffré est signé.</translation>
    </message>
    <message>
        <source>Header &quot;%1&quot; is not a valid header name.</source>
        <translation>L&apos;en-tête « %1 » n&apos;est pas un nom d&apos;en-tête valide.</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Enter the secret to sign with (Signing tab), or choose not to sign.</source>
        <translation>Saisissez le secret avec lequel signer (onglet Signature), ou choisissez de ne pas signer.</translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation>le corps n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Envoi à %1…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sending, although %1.</source>
        <translation>Envoi, bien que %1.</translation>
    </message>
    <message>
        <source>Cancelled before an answer came.</source>
        <translation>Annulé avant l&apos;arrivée d&apos;une réponse.</translation>
    </message>
    <message>
        <source>The send was not kept in the history: %1</source>
        <translation>L&apos;envoi n&apos;a pas été gardé dans l&apos;historique : %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n answers.</source>
        <translation>
            <numerusform>Annulé après %n réponse.</numerusform>
            <numerusform>Annulé après %n réponses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered %1.</source>
        <translation>Réponse : %1.</translation>
    </message>
    <message>
        <source>Opened the send of %1.</source>
        <translation>Envoi du %1 ouvert.</translation>
    </message>
    <message>
        <source>Opened the template &quot;%1&quot;.</source>
        <translation>Modèle « %1 » ouvert.</translation>
    </message>
    <message>
        <source>My delivery</source>
        <translation>Ma livraison</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Replace the template &quot;%1&quot;?</source>
        <translation>Remplacer le modèle « %1 » ?</translation>
    </message>
    <message>
        <source>Saved the template &quot;%1&quot;.</source>
        <translation>Modèle « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Supprimer le modèle « %1 » ?</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Effacer l&apos;historique</translation>
    </message>
    <message numerus="yes">
        <source>Forget all %n sends?</source>
        <translation>
            <numerusform>Oublier %n envoi ?</numerusform>
            <numerusform>Oublier les %n envois ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema problems, listed below</source>
        <translation>
            <numerusform>%n problème de schéma, listé ci-dessous</numerusform>
            <numerusform>%n problèmes de schéma, listés ci-dessous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent; all answered 2xx.</source>
        <translation>
            <numerusform>%n envoyée ; toutes ont reçu une réponse 2xx.</numerusform>
            <numerusform>%n envoyées ; toutes ont reçu une réponse 2xx.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent; not all answered 2xx.</source>
        <translation>
            <numerusform>%n envoyée ; pas toutes avec une réponse 2xx.</numerusform>
            <numerusform>%n envoyées ; pas toutes avec une réponse 2xx.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookscope::DeliveryDetailView</name>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexa</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Select a delivery to see it here.</source>
        <translation>Choisissez une livraison pour la voir ici.</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Expand every node</source>
        <translation>Déplier tous les nœuds</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Replier</translation>
    </message>
    <message>
        <source>Collapse every node</source>
        <translation>Replier tous les nœuds</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy the chosen value (Ctrl+C)</source>
        <translation>Copier la valeur choisie (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copy the chosen node&apos;s JSON path</source>
        <translation>Copier le chemin JSON du nœud choisi</translation>
    </message>
    <message>
        <source>Pretty-print</source>
        <translation>Mettre en forme</translation>
    </message>
    <message>
        <source>Indent the JSON; byte positions then no longer match the original</source>
        <translation>Indenter le JSON ; les positions d&apos;octets ne correspondent alors plus à l&apos;original</translation>
    </message>
    <message>
        <source>Decrypted</source>
        <translation>Déchiffré</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Refused by Hookscope: %1. The body was not kept.</source>
        <translation>Refusée par Hookscope : %1. Le corps n&apos;a pas été gardé.</translation>
    </message>
    <message>
        <source>This delivery has no body.</source>
        <translation>Cette livraison n&apos;a pas de corps.</translation>
    </message>
    <message>
        <source>The body is not JSON (%1, %2).</source>
        <translation>Le corps n&apos;est pas du JSON (%1, %2).</translation>
    </message>
    <message>
        <source>Decrypted with the endpoint&apos;s key.</source>
        <translation>Déchiffré avec la clé de l&apos;endpoint.</translation>
    </message>
    <message>
        <source>JSON from the form field &quot;%1&quot;.</source>
        <translation>JSON issu du champ de formulaire « %1 ».</translation>
    </message>
    <message>
        <source>JSON from the multipart part &quot;%1&quot;.</source>
        <translation>JSON issu de la partie multipart « %1 ».</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>JSON non valide à la ligne %1, colonne %2 (octet %3) : %4</translation>
    </message>
    <message>
        <source>Event %1 (%2): %3 — %4</source>
        <translation>Événement %1 (%2) : %3 — %4</translation>
    </message>
    <message>
        <source>Event %1: &quot;%2&quot; is not an event type this provider documents</source>
        <translation>Événement %1 : « %2 » n&apos;est pas un type d&apos;événement que ce fournisseur documente</translation>
    </message>
    <message>
        <source>Every event matches its schema.</source>
        <translation>Chaque événement est conforme à son schéma.</translation>
    </message>
    <message>
        <source>No provider recognised, so there is no schema to check against.</source>
        <translation>Aucun fournisseur reconnu, donc aucun schéma à vérifier.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>%1 is the client the %2 header names (a tunnel or proxy adds it; anyone can send it); the connection came from %3.</source>
        <translation>%1 est le client que nomme l&apos;en-tête %2 (un tunnel ou un proxy l&apos;ajoute ; n&apos;importe qui peut l&apos;envoyer) ; la connexion venait de %3.</translation>
    </message>
    <message>
        <source>The connection came from %1.</source>
        <translation>La connexion venait de %1.</translation>
    </message>
    <message>
        <source>(%1 of binary data; see the Hex tab)</source>
        <translation>(%1 de données binaires ; voir l&apos;onglet Hexa)</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2; the Hex tab has every byte.</source>
        <translation>Affichage des %1 premiers sur %2 ; l&apos;onglet Hexa a chaque octet.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
</context>
<context>
    <name>hookscope::DeliveryListModel</name>
    <message>
        <source>Refused: %1</source>
        <translation>Refusée : %1</translation>
    </message>
    <message>
        <source>%1 is the client a tunnel or proxy named in the request&apos;s headers; the connection came from %2 port %3.</source>
        <translation>%1 est le client qu&apos;un tunnel ou un proxy a nommé dans les en-têtes de la requête ; la connexion venait de %2 port %3.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d&apos;événement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <source>valid</source>
        <comment>signature status</comment>
        <translation>valide</translation>
    </message>
    <message>
        <source>invalid</source>
        <comment>signature status</comment>
        <translation>non valide</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>signature status</comment>
        <translation>absente</translation>
    </message>
    <message>
        <source>not checked</source>
        <comment>signature status</comment>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
</context>
<context>
    <name>hookscope::DiffDialog</name>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message numerus="yes">
        <source>%n differences</source>
        <translation>
            <numerusform>%n différence</numerusform>
            <numerusform>%n différences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookscope::EventTableModel</name>
    <message>
        <source> — seen in deliveries, not in the schema</source>
        <translation> — vu dans des livraisons, pas dans le schéma</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>hookscope::ExportController</name>
    <message>
        <source>An export is running; wait for it or cancel it first.</source>
        <translation>Un export est en cours ; attendez-le ou annulez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %1 of %Ln deliveries read…</source>
        <translation>
            <numerusform>Export : %1 sur %Ln livraison lue…</numerusform>
            <numerusform>Export : %1 sur %Ln livraisons lues…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Rien n&apos;a été exporté : %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (one per event type) in %3.</source>
        <translation>%1 exportées dans %2 (un par type d&apos;événement) dans %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deliveries</source>
        <translation>
            <numerusform>%Ln livraison</numerusform>
            <numerusform>%Ln livraisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln deliveries to %1.</source>
        <translation>
            <numerusform>%Ln livraison exportée vers %1.</numerusform>
            <numerusform>%Ln livraisons exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
</context>
<context>
    <name>hookscope::ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>The selected delivery (#%1)</source>
        <translation>La livraison sélectionnée (#%1)</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected deliveries</source>
        <translation>
            <numerusform>La %Ln livraison sélectionnée</numerusform>
            <numerusform>Les %Ln livraisons sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What the list shows: %Ln deliveries</source>
        <translation>
            <numerusform>Ce que la liste affiche : %Ln livraison</numerusform>
            <numerusform>Ce que la liste affiche : %Ln livraisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln deliveries</source>
        <translation>
            <numerusform>Toutes les livraisons (%Ln)</numerusform>
            <numerusform>Toutes les %Ln livraisons</numerusform>
        </translation>
    </message>
    <message>
        <source>A folder: one file per event type in it (&lt;provider&gt;.&lt;event type&gt;.%1), made if it is missing.</source>
        <translation>Un dossier : un fichier par type d&apos;événement dedans (&lt;provider&gt;.&lt;event type&gt;.%1), créé s&apos;il manque.</translation>
    </message>
    <message>
        <source>Bodies that are not text are written beside the script.</source>
        <translation>Les corps qui ne sont pas du texte sont écrits à côté du script.</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exporter vers un dossier</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Exporter vers un fichier</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>Fichiers %1 (*.%2);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l&apos;export.</translation>
    </message>
    <message>
        <source>%1 is a file; a file per event type needs a folder.</source>
        <translation>%1 est un fichier ; un fichier par type d&apos;événement demande un dossier.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 est un dossier ; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The address to send to must start with http:// or https://.</source>
        <translation>L&apos;adresse d&apos;envoi doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existe. Le remplacer ?</translation>
    </message>
</context>
<context>
    <name>hookscope::FilterBar</name>
    <message>
        <source>Any method</source>
        <translation>Toute méthode</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Any signature</source>
        <translation>Toute signature</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Absente</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>hookscope::HeaderListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>hookscope::JsonDiffModel</name>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
</context>
<context>
    <name>hookscope::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n members}</source>
        <translation>
            <numerusform>{%n membre}</numerusform>
            <numerusform>{%n membres}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>(document)</source>
        <translation>(document)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
</context>
<context>
    <name>hookscope::MainWindow</name>
    <message>
        <source>Hookscope</source>
        <translation>Hookscope</translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation>%1 copié.</translation>
    </message>
    <message>
        <source>Deliveries are not being stored (answered 503): %1</source>
        <translation>Les livraisons ne sont pas stockées (réponse 503) : %1</translation>
    </message>
    <message>
        <source>Deliveries were not removed: %1</source>
        <translation>Les livraisons n&apos;ont pas été supprimées : %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln deliveries.</source>
        <translation>
            <numerusform>%Ln livraison supprimée.</numerusform>
            <numerusform>%Ln livraisons supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New delivery…</source>
        <translation>&amp;Nouvelle livraison…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Copier en c&amp;url</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>E&amp;ffacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Deliveries</source>
        <translation>&amp;Livraisons</translation>
    </message>
    <message>
        <source>&amp;Compare the two selected</source>
        <translation>&amp;Comparer les deux sélectionnées</translation>
    </message>
    <message>
        <source>Go to &amp;newest</source>
        <translation>Aller à la &amp;plus récente</translation>
    </message>
    <message>
        <source>Clear &amp;all deliveries…</source>
        <translation>Effacer &amp;toutes les livraisons…</translation>
    </message>
    <message>
        <source>all deliveries</source>
        <translation>toutes les livraisons</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Public &amp;tunnel</source>
        <translation>&amp;Tunnel public</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Hookscope</source>
        <translation>À &amp;propos de Hookscope</translation>
    </message>
    <message>
        <source>About Hookscope</source>
        <translation>À propos de Hookscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hookscope %1&lt;/h3&gt;&lt;p&gt;A webhook test console: capture, decode, compose and replay webhook deliveries.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hookscope %1&lt;/h3&gt;&lt;p&gt;Une console de test de webhooks : capturer, décoder, composer et rejouer des livraisons de webhook.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Public tunnel</source>
        <translation>Tunnel public</translation>
    </message>
    <message>
        <source>Tunnel: &lt;a href=&quot;#tunnel&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Tunnel : &lt;a href=&quot;#tunnel&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Tunnel: &lt;a href=&quot;#tunnel&quot;&gt;starting…&lt;/a&gt;</source>
        <translation>Tunnel : &lt;a href=&quot;#tunnel&quot;&gt;démarrage…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Tunnel: &lt;a href=&quot;#tunnel&quot;&gt;failed&lt;/a&gt;</source>
        <translation>Tunnel : &lt;a href=&quot;#tunnel&quot;&gt;échec&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Hookscope is still capturing</source>
        <translation>Hookscope capture toujours</translation>
    </message>
    <message>
        <source>The window is closed; quit from the tray icon&apos;s menu.</source>
        <translation>La fenêtre est fermée ; quittez depuis le menu de l&apos;icône de la zone de notification.</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>Décodage de %1…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing matches&lt;/h3&gt;&lt;p&gt;No delivery matches these filters. &lt;a href=&quot;#clear&quot;&gt;Clear filters&lt;/a&gt; (Ctrl+Shift+L)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun résultat&lt;/h3&gt;&lt;p&gt;Aucune livraison ne correspond à ces filtres. &lt;a href=&quot;#clear&quot;&gt;Effacer les filtres&lt;/a&gt; (Ctrl+Maj+L)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No deliveries yet&lt;/h3&gt;&lt;p&gt;The capture server is not running: %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas encore de livraison&lt;/h3&gt;&lt;p&gt;Le serveur de capture ne tourne pas : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No deliveries yet&lt;/h3&gt;&lt;p&gt;Point your vendor&apos;s webhook at &lt;b&gt;%1/&amp;lt;endpoint&amp;gt;&lt;/b&gt;, for example %1/enad, or send one yourself:&lt;/p&gt;&lt;p&gt;&lt;code&gt;curl -X POST %1/test -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;hello&quot;:&quot;world&quot;}&apos;&lt;/code&gt;&lt;/p&gt;&lt;p&gt;or: &lt;code&gt;hookscope send --url %1/willsuite --sample willsuite/customer.created&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas encore de livraison&lt;/h3&gt;&lt;p&gt;Pointez le webhook de votre fournisseur vers &lt;b&gt;%1/&amp;lt;endpoint&amp;gt;&lt;/b&gt;, par exemple %1/enad, ou envoyez-en un vous-même :&lt;/p&gt;&lt;p&gt;&lt;code&gt;curl -X POST %1/test -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;hello&quot;:&quot;world&quot;}&apos;&lt;/code&gt;&lt;/p&gt;&lt;p&gt;ou : &lt;code&gt;hookscope send --url %1/willsuite --sample willsuite/customer.created&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Capture server stopped</source>
        <translation>Serveur de capture arrêté</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>À l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>Listening on %1 — reachable from other machines</source>
        <translation>À l&apos;écoute sur %1 — joignable depuis d&apos;autres machines</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deliveries · %1</source>
        <translation>
            <numerusform>%Ln livraison · %1</numerusform>
            <numerusform>%Ln livraisons · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>First delivery of %1</source>
        <translation>Première livraison de %1</translation>
    </message>
    <message>
        <source>First deliveries of new event types: %1</source>
        <translation>Premières livraisons de nouveaux types d&apos;événement : %1</translation>
    </message>
    <message>
        <source>New event type</source>
        <translation>Nouveau type d&apos;événement</translation>
    </message>
    <message>
        <source>New event types</source>
        <translation>Nouveaux types d&apos;événement</translation>
    </message>
    <message>
        <source>Hookscope was started again with this data directory; --listen and --endpoint apply only when it starts.</source>
        <translation>Hookscope a été relancé avec ce dossier de données ; --listen et --endpoint ne s&apos;appliquent qu&apos;au démarrage.</translation>
    </message>
    <message>
        <source>Select two events to compare (Ctrl+click).</source>
        <translation>Sélectionnez deux événements à comparer (Ctrl+clic).</translation>
    </message>
    <message>
        <source>Select two deliveries to compare (Ctrl+click).</source>
        <translation>Sélectionnez deux livraisons à comparer (Ctrl+clic).</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1&lt;/b&gt; %2 %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; %2 %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Choose a delivery first.</source>
        <translation>Choisissez d&apos;abord une livraison.</translation>
    </message>
    <message>
        <source>This body is binary or large: export it as curl with hookscope export --format curl, which writes it to a file.</source>
        <translation>Ce corps est binaire ou volumineux : exportez-le en curl avec hookscope export --format curl, qui l&apos;écrit dans un fichier.</translation>
    </message>
    <message>
        <source>Copied a curl command for delivery #%1.</source>
        <translation>Commande curl de la livraison #%1 copiée.</translation>
    </message>
    <message>
        <source>Import deliveries</source>
        <translation>Importer des livraisons</translation>
    </message>
    <message>
        <source>NDJSON or HAR (*.ndjson *.jsonl *.har *.json);;All files (*)</source>
        <translation>NDJSON ou HAR (*.ndjson *.jsonl *.har *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln deliveries…</source>
        <translation>
            <numerusform>%Ln livraison importée…</numerusform>
            <numerusform>%Ln livraisons importées…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln deliveries from %1.</source>
        <translation>
            <numerusform>%Ln livraison importée depuis %1.</numerusform>
            <numerusform>%Ln livraisons importées depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items could not be read:</source>
        <translation>
            <numerusform>%Ln élément n&apos;a pas pu être lu :</numerusform>
            <numerusform>%Ln éléments n&apos;ont pas pu être lus :</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export selected…</source>
        <translation>&amp;Exporter la sélection…</translation>
    </message>
    <message>
        <source>Copy as &amp;curl command</source>
        <translation>Copier en commande &amp;curl</translation>
    </message>
    <message>
        <source>C&amp;ompare the two selected</source>
        <translation>C&amp;omparer les deux sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Clear the deliveries of %1…</source>
        <translation>Effa&amp;cer les livraisons de %1…</translation>
    </message>
    <message>
        <source>Clear deliveries</source>
        <translation>Effacer des livraisons</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln deliveries of %1 from the store?</source>
        <translation>
            <numerusform>Supprimer du stockage la %Ln livraison de %1 ?</numerusform>
            <numerusform>Supprimer du stockage les %Ln livraisons de %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their bodies, events and search words go too. This cannot be undone; export them first to keep a copy.</source>
        <translation>Leurs corps, événements et mots de recherche partent aussi. C&apos;est irréversible ; exportez-les d&apos;abord pour en garder une copie.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deliveries can be cleared while the capture server runs.</source>
        <translation>Les livraisons peuvent être effacées pendant que le serveur de capture tourne.</translation>
    </message>
    <message>
        <source>Clearing deliveries…</source>
        <translation>Effacement des livraisons…</translation>
    </message>
    <message>
        <source>Delivery #%1 is no longer stored.</source>
        <translation>La livraison #%1 n&apos;est plus stockée.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The endpoints were not saved: %1</source>
        <translation>Les endpoints n&apos;ont pas été enregistrés : %1</translation>
    </message>
    <message>
        <source>Capture server not restarted: %1</source>
        <translation>Serveur de capture non redémarré : %1</translation>
    </message>
    <message>
        <source>Read-only, capture is off: the delivery store cannot be written (%1). Quit and start Hookscope with another data directory to capture.</source>
        <translation>Lecture seule, capture désactivée : le stockage des livraisons ne peut pas être écrit (%1). Quittez et relancez Hookscope avec un autre dossier de données pour capturer.</translation>
    </message>
    <message>
        <source>&amp;Replay…</source>
        <translation>&amp;Rejouer…</translation>
    </message>
    <message>
        <source>Choose the deliveries to replay first.</source>
        <translation>Choisissez d&apos;abord les livraisons à rejouer.</translation>
    </message>
    <message>
        <source>Replay sends at most %1 deliveries at a time; the oldest %1 of the selection are offered.</source>
        <translation>Rejouer envoie au plus %1 livraisons à la fois ; les %1 plus anciennes de la sélection sont proposées.</translation>
    </message>
    <message>
        <source>Deliveries other nodes store are not shown live: %1</source>
        <translation>Les livraisons des autres nœuds ne s’affichent pas en direct : %1</translation>
    </message>
    <message>
        <source>The shared store cannot be reached: %1</source>
        <translation>Le stockage partagé est injoignable : %1</translation>
    </message>
    <message>
        <source>Shared store %1 as node %2</source>
        <translation>Stockage partagé %1 en tant que nœud %2</translation>
    </message>
</context>
<context>
    <name>hookscope::ReplayDialog</name>
    <message numerus="yes">
        <source>Replay %n deliveries</source>
        <translation>
            <numerusform>Rejouer %n livraison</numerusform>
            <numerusform>Rejouer %n livraisons</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep every original header (Host and hop-by-hop ones too)</source>
        <translation>Garder chaque en-tête d&apos;origine (Host et en-têtes hop-by-hop compris)</translation>
    </message>
    <message>
        <source>No: send the original signature headers</source>
        <translation>Non : envoyer les en-têtes de signature d&apos;origine</translation>
    </message>
    <message>
        <source>The secret the receiver verifies with</source>
        <translation>Le secret avec lequel le destinataire vérifie</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Envoyer à :</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>En-têtes :</translation>
    </message>
    <message>
        <source>Sign again:</source>
        <translation>Signer à nouveau :</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret :</translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation>%v sur %m envoyées</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyée</translation>
    </message>
    <message>
        <source>Each answer shows here when its row is chosen.</source>
        <translation>Chaque réponse s&apos;affiche ici quand sa ligne est choisie.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Pas encore envoyée.</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Rejouer</translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation>Signer à nouveau</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL to send the deliveries to.</source>
        <translation>Saisissez une URL http:// ou https:// où envoyer les livraisons.</translation>
    </message>
    <message>
        <source>Enter the secret to sign with, or choose not to sign again.</source>
        <translation>Saisissez le secret avec lequel signer, ou choisissez de ne pas signer à nouveau.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>non envoyée : %1</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>&amp;Replay again</source>
        <translation>&amp;Rejouer encore</translation>
    </message>
</context>
<context>
    <name>hookscope::ResponseView</name>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Show the body exactly as it came, not indented</source>
        <translation>Afficher le corps exactement tel qu&apos;il est arrivé, sans indentation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Requête envoyée</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>hookscope::SendHistoryModel</name>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>(body)</source>
        <translation>(corps)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
</context>
<context>
    <name>hookscope::SettingsDialog</name>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Delay (ms)</source>
        <translation>Délai (ms)</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Transférer à</translation>
    </message>
    <message>
        <source>Vendor gets</source>
        <translation>Le fournisseur reçoit</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>(detect)</source>
        <translation>(détecter)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>(défini)</translation>
    </message>
    <message>
        <source>Each delivery is sent on to this URL (your app), body byte for byte, so its signature still verifies there</source>
        <translation>Chaque livraison est transférée à cette URL (votre application), le corps octet par octet, si bien que sa signature s&apos;y vérifie toujours</translation>
    </message>
    <message>
        <source>the provider&apos;s answer</source>
        <translation>la réponse du fournisseur</translation>
    </message>
    <message>
        <source>your app&apos;s answer</source>
        <translation>la réponse de votre application</translation>
    </message>
    <message>
        <source>Endpoint secret</source>
        <translation>Secret de l&apos;endpoint</translation>
    </message>
    <message>
        <source>Secret for %1 (empty to remove):</source>
        <translation>Secret pour %1 (vide pour le retirer) :</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot;: a path starts with /, a status is 100-599 and a forward target is an http:// or https:// URL.</source>
        <translation>Endpoint « %1 » : un chemin commence par /, un statut est entre 100 et 599 et une cible de transfert est une URL http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>hookscope::SidebarModel</name>
    <message>
        <source>All deliveries</source>
        <translation>Toutes les livraisons</translation>
    </message>
    <message>
        <source>(no endpoint)</source>
        <translation>(aucun endpoint)</translation>
    </message>
    <message>
        <source>(unrecognised)</source>
        <translation>(non reconnu)</translation>
    </message>
    <message>
        <source>(no event type)</source>
        <translation>(aucun type d&apos;événement)</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>hookscope::TemplateListModel</name>
    <message>
        <source>%1
saved %2</source>
        <translation>%1
enregistré le %2</translation>
    </message>
</context>
<context>
    <name>hookscope::TimelineWidget</name>
    <message>
        <source>Deliveries over time. Drag to filter by a time range; double-click to clear.</source>
        <translation>Livraisons au fil du temps. Faites glisser pour filtrer une période ; double-cliquez pour effacer.</translation>
    </message>
    <message>
        <source>No deliveries in this time range</source>
        <translation>Aucune livraison sur cette période</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deliveries</source>
        <translation>
            <numerusform>%1 : %n livraison</numerusform>
            <numerusform>%1 : %n livraisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%n not answered 2xx</source>
        <translation>
            <numerusform>
%n sans réponse 2xx</numerusform>
            <numerusform>
%n sans réponse 2xx</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%n with an invalid signature</source>
        <translation>
            <numerusform>
%n avec une signature non valide</numerusform>
            <numerusform>
%n avec une signature non valide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookscope::TrayIcon</name>
    <message>
        <source>&amp;Copy capture URL</source>
        <translation>&amp;Copier l&apos;URL de capture</translation>
    </message>
    <message>
        <source>&amp;Quit Hookscope</source>
        <translation>&amp;Quitter Hookscope</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deliveries</source>
        <translation>
            <numerusform>%Ln livraison</numerusform>
            <numerusform>%Ln livraisons</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture server stopped</source>
        <translation>Serveur de capture arrêté</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>À l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>Hookscope: %1
%2</source>
        <translation>Hookscope : %1
%2</translation>
    </message>
    <message>
        <source>&amp;Hide window</source>
        <translation>&amp;Masquer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Afficher la fenêtre</translation>
    </message>
</context>
<context>
    <name>hookscope::TunnelPanel</name>
    <message>
        <source>public URL</source>
        <translation>URL publique</translation>
    </message>
    <message>
        <source>The capture server now listens on %1; restart the tunnel to follow it.</source>
        <translation>Le serveur de capture écoute maintenant sur %1 ; redémarrez le tunnel pour le suivre.</translation>
    </message>
    <message>
        <source>%1, found on PATH</source>
        <translation>%1, trouvé dans le PATH</translation>
    </message>
    <message>
        <source>Private key for ssh</source>
        <translation>Clé privée pour ssh</translation>
    </message>
    <message>
        <source>The capture server is not running.</source>
        <translation>Le serveur de capture ne tourne pas.</translation>
    </message>
    <message>
        <source>No tunnel</source>
        <translation>Aucun tunnel</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Démarrage de %1…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>vers %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>The capture server is not running</source>
        <translation>Le serveur de capture ne tourne pas</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the URL of %1</source>
        <translation>Copier l&apos;URL de %1</translation>
    </message>
    <message>
        <source>URL of %1</source>
        <translation>URL de %1</translation>
    </message>
    <message>
        <source>Every path is captured: %1/anything. Name endpoints in Settings (Ctrl+,) to see the URL of each here.</source>
        <translation>Chaque chemin est capturé : %1/nimporte-quoi. Nommez des endpoints dans les Paramètres (Ctrl+,) pour voir l&apos;URL de chacun ici.</translation>
    </message>
</context>
<context>
    <name>tunnel</name>
    <message>
        <source>The capture server&apos;s port is needed (it is not running?).</source>
        <translation>Le port du serveur de capture est nécessaire (ne tourne-t-il pas ?).</translation>
    </message>
    <message>
        <source>ssh needs the server to forward from, as user@host.</source>
        <translation>ssh a besoin du serveur depuis lequel rediriger, sous la forme user@host.</translation>
    </message>
    <message>
        <source>A port is between 1 and 65535.</source>
        <translation>Un port est compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>An ssh option is written NAME=VALUE, as after -o: &quot;%1&quot;</source>
        <translation>Une option ssh s&apos;écrit NOM=VALEUR, comme après -o : « %1 »</translation>
    </message>
    <message>
        <source>%1 is not an executable program.</source>
        <translation>%1 n&apos;est pas un programme exécutable.</translation>
    </message>
    <message>
        <source>Unknown tunnel tool &quot;%1&quot;; Hookscope knows %2.</source>
        <translation>Outil de tunnel inconnu « %1 » ; Hookscope connaît %2.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Tunnel up: %1</source>
        <translation>Tunnel actif : %1</translation>
    </message>
    <message>
        <source>No public URL appeared within the start timeout (%1 s).</source>
        <translation>Aucune URL publique n&apos;est apparue dans le délai de démarrage (%1 s).</translation>
    </message>
    <message>
        <source>Could not run %1: %2</source>
        <translation>Impossible de lancer %1 : %2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>%1 ended by a signal</source>
        <translation>%1 a été arrêté par un signal</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 s&apos;est terminé avec le code %2</translation>
    </message>
    <message>
        <source>The tunnel closed: %1.</source>
        <translation>Le tunnel s&apos;est fermé : %1.</translation>
    </message>
    <message>
        <source>The tunnel did not open: %1.</source>
        <translation>Le tunnel ne s&apos;est pas ouvert : %1.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>up</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Cloudflare quick tunnel</source>
        <translation>Quick tunnel Cloudflare</translation>
    </message>
    <message>
        <source>cloudflared is not installed. Download it from https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/ (on Debian and Ubuntu: the cloudflared .deb from that page, or Cloudflare&apos;s apt repository pkg.cloudflare.com). A quick tunnel needs no account.</source>
        <translation>cloudflared n&apos;est pas installé. Téléchargez-le depuis https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/ (sous Debian et Ubuntu : le .deb cloudflared de cette page, ou le dépôt apt de Cloudflare pkg.cloudflare.com). Un quick tunnel ne demande aucun compte.</translation>
    </message>
    <message>
        <source>ngrok</source>
        <translation>ngrok</translation>
    </message>
    <message>
        <source>ngrok is not installed. Download it from https://ngrok.com/download (on Debian and Ubuntu also from ngrok&apos;s apt repository), then run &quot;ngrok config add-authtoken TOKEN&quot; with the token of your ngrok account.</source>
        <translation>ngrok n&apos;est pas installé. Téléchargez-le depuis https://ngrok.com/download (sous Debian et Ubuntu, aussi depuis le dépôt apt de ngrok), puis lancez « ngrok config add-authtoken TOKEN » avec le jeton de votre compte ngrok.</translation>
    </message>
    <message>
        <source>localtunnel</source>
        <translation>localtunnel</translation>
    </message>
    <message>
        <source>localtunnel is not installed, and there is no npx to fetch it. Install Node.js (on Debian and Ubuntu: apt install nodejs npm), then &quot;npm install -g localtunnel&quot;, or let Hookscope run it through npx.</source>
        <translation>localtunnel n&apos;est pas installé, et il n&apos;y a pas de npx pour le récupérer. Installez Node.js (sous Debian et Ubuntu : apt install nodejs npm), puis « npm install -g localtunnel », ou laissez Hookscope le lancer via npx.</translation>
    </message>
    <message>
        <source>ssh -R to your server</source>
        <translation>ssh -R vers votre serveur</translation>
    </message>
    <message>
        <source>ssh is not installed. On Debian and Ubuntu: apt install openssh-client.</source>
        <translation>ssh n&apos;est pas installé. Sous Debian et Ubuntu : apt install openssh-client.</translation>
    </message>
</context>
</TS>
