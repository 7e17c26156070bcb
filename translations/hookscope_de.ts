<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ComposerWindow</name>
    <message>
        <source>Compose a delivery — Hookscope</source>
        <translation>Zustellung verfassen — Hookscope</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every send, newest first. Double-click to open it again.</source>
        <translation>Jede Sendung, die neueste zuerst. Doppelklick öffnet sie wieder.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Put this send back into the composer, with its answer</source>
        <translation>Diese Sendung samt Antwort zurück in den Composer holen</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Leeren…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Saved deliveries. Double-click to open, F2 to rename.</source>
        <translation>Gespeicherte Zustellungen. Doppelklick öffnet, F2 benennt um.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Keep what is in the composer as a template</source>
        <translation>Den Inhalt des Composers als Vorlage behalten</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8787/endpoint</source>
        <translation>http://127.0.0.1:8787/endpoint</translation>
    </message>
    <message>
        <source>Where to send it. By default this Hookscope&apos;s own capture server, at the provider&apos;s endpoint.</source>
        <translation>Wohin gesendet wird. Standardmäßig an den eigenen Capture-Server dieses Hookscope, am Endpunkt des Anbieters.</translation>
    </message>
    <message>
        <source>How many times to send it</source>
        <translation>Wie oft gesendet wird</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>At most this many requests in flight at once</source>
        <translation>Höchstens so viele Anfragen gleichzeitig unterwegs</translation>
    </message>
    <message>
        <source> at once</source>
        <translation> gleichzeitig</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Ereignis</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Add another event to this batch delivery</source>
        <translation>Dieser Sammelzustellung ein weiteres Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Ereignis entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen event from the batch</source>
        <translation>Das gewählte Ereignis aus der Sammelzustellung entfernen</translation>
    </message>
    <message>
        <source>Reset to sample</source>
        <translation>Auf Beispiel zurücksetzen</translation>
    </message>
    <message>
        <source>Load the bundled sample of this event type again</source>
        <translation>Das mitgelieferte Beispiel dieses Ereignistyps neu laden</translation>
    </message>
    <message>
        <source>Randomize</source>
        <translation>Zufallswerte</translation>
    </message>
    <message>
        <source>Fill every field with a realistic new value (Ctrl+R); pinned fields keep theirs</source>
        <translation>Jedes Feld mit einem neuen, realistischen Wert füllen (Strg+R); angeheftete Felder behalten ihren</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Element hinzufügen</translation>
    </message>
    <message>
        <source>Add an item to the chosen list (a copy of its last item)</source>
        <translation>Der gewählten Liste ein Element hinzufügen (eine Kopie ihres letzten Elements)</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Element entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen list item</source>
        <translation>Das gewählte Listenelement entfernen</translation>
    </message>
    <message>
        <source>Set null</source>
        <translation>Auf null setzen</translation>
    </message>
    <message>
        <source>Make the chosen field null, or give a null field a value</source>
        <translation>Das gewählte Feld auf null setzen oder einem null-Feld einen Wert geben</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alles aufklappen</translation>
    </message>
    <message>
        <source>Where the body breaks the event&apos;s JSON Schema. Click one to go to the field.</source>
        <translation>Wo der Body gegen das JSON Schema des Ereignisses verstößt. Ein Klick springt zum Feld.</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Vendor defaults</source>
        <translation>Anbieter-Standard</translation>
    </message>
    <message>
        <source>The headers this provider sends (Content-Type, User-Agent, event type)</source>
        <translation>Die Header, die dieser Anbieter sendet (Content-Type, User-Agent, Ereignistyp)</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>&amp;Scheme</source>
        <translation>&amp;Verfahren</translation>
    </message>
    <message>
        <source>S&amp;ecret</source>
        <translation>S&amp;ecret</translation>
    </message>
    <message>
        <source>the webhook secret (whsec_…, a Phasio key, a token)</source>
        <translation>das Webhook-Secret (whsec_…, ein Phasio-Schlüssel, ein Token)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>A new random secret in the form this scheme uses</source>
        <translation>Ein neues zufälliges Secret in der Form, die dieses Verfahren verwendet</translation>
    </message>
    <message>
        <source>Generic HMAC</source>
        <translation>Generisches HMAC</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>X-Signature</source>
        <translation>X-Signature</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>e.g. sha256=</source>
        <translation>z. B. sha256=</translation>
    </message>
    <message>
        <source>&lt;b&gt;Response&lt;/b&gt;</source>
        <translation>&lt;b&gt;Antwort&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Compare deliveries</source>
        <translation>Zustellungen vergleichen</translation>
    </message>
    <message>
        <source>Show unchanged fields</source>
        <translation>Unveränderte Felder anzeigen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export deliveries</source>
        <translation>Zustellungen exportieren</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählte</translation>
    </message>
    <message>
        <source>What the list shows</source>
        <translation>Was die Liste zeigt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Mask credentials (Authorization, cookies, signature, token and API-key headers)</source>
        <translation>Zugangsdaten &amp;maskieren (Authorization, Cookies, Signatur-, Token- und API-Key-Header)</translation>
    </message>
    <message>
        <source>For &amp;Excel (byte order mark, no formulas)</source>
        <translation>Für &amp;Excel (Byte Order Mark, keine Formeln)</translation>
    </message>
    <message>
        <source>Send &amp;to</source>
        <translation>Senden &amp;an</translation>
    </message>
    <message>
        <source>each delivery&apos;s own Host, or e.g. http://localhost:3000</source>
        <translation>der eigene Host jeder Zustellung oder z. B. http://localhost:3000</translation>
    </message>
    <message>
        <source>None for this format.</source>
        <translation>Keine für dieses Format.</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>&amp;Speichern unter</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>NDJSON (lossless, imports back)</source>
        <translation>NDJSON (verlustfrei, wieder importierbar)</translation>
    </message>
    <message>
        <source>A line per delivery with everything: headers in wire order, the body byte for byte, the response. Hookscope imports it back unchanged.</source>
        <translation>Eine Zeile pro Zustellung mit allem: Header in Übertragungsreihenfolge, der Body Byte für Byte, die Antwort. Hookscope importiert sie unverändert wieder.</translation>
    </message>
    <message>
        <source>HAR 1.2</source>
        <translation>HAR 1.2</translation>
    </message>
    <message>
        <source>For browser dev tools and HAR viewers: an entry per delivery, bodies that are not text in base64. Hookscope imports it back too.</source>
        <translation>Für die Entwicklertools des Browsers und HAR-Viewer: ein Eintrag pro Zustellung, Bodys, die kein Text sind, in Base64. Auch das importiert Hookscope wieder.</translation>
    </message>
    <message>
        <source>CSV, per event type</source>
        <translation>CSV, pro Ereignistyp</translation>
    </message>
    <message>
        <source>A row per event and a column per field of the event type (RFC 4180, UTF-8); headers and arrays are left out.</source>
        <translation>Eine Zeile pro Ereignis und eine Spalte pro Feld des Ereignistyps (RFC 4180, UTF-8); Header und Arrays fehlen.</translation>
    </message>
    <message>
        <source>JSON array, per event type</source>
        <translation>JSON-Array, pro Ereignistyp</translation>
    </message>
    <message>
        <source>Each event exactly as it was in the body, with its delivery, time and schema errors.</source>
        <translation>Jedes Ereignis genau so, wie es im Body stand, mit seiner Zustellung, Zeit und Schemafehlern.</translation>
    </message>
    <message>
        <source>curl commands (bash script)</source>
        <translation>curl-Befehle (Bash-Skript)</translation>
    </message>
    <message>
        <source>A curl command per delivery that sends it again: method, headers and the exact body. Binary bodies go to files beside the script.</source>
        <translation>Ein curl-Befehl pro Zustellung, der sie erneut sendet: Methode, Header und der exakte Body. Binäre Bodys landen in Dateien neben dem Skript.</translation>
    </message>
    <message>
        <source>Raw body of the delivery</source>
        <translation>Roher Body der Zustellung</translation>
    </message>
    <message>
        <source>The body&apos;s bytes as they arrived, still compressed or encrypted if they were.</source>
        <translation>Die Bytes des Bodys, wie sie ankamen, noch komprimiert oder verschlüsselt, falls sie es waren.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search bodies, headers and paths (Ctrl+F)</source>
        <translation>Bodys, Header, Pfade durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>Status Hookscope answered with</source>
        <translation>Status, mit dem Hookscope geantwortet hat</translation>
    </message>
    <message>
        <source>Signature check result</source>
        <translation>Ergebnis der Signaturprüfung</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
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
        <translation>Dieses Feld auf null setzen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Not forwarded to %1:
%2</source>
        <translation>Nicht weitergeleitet an %1:
%2</translation>
    </message>
    <message>
        <source>Forwarded to %1, answered in %2 ms:</source>
        <translation>Weitergeleitet an %1, Antwort nach %2 ms:</translation>
    </message>
    <message>
        <source>(the body is cut at %1 here)</source>
        <translation>(der Body ist hier nach %1 abgeschnitten)</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation>Verfahren:</translation>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Lauschen auf</translation>
    </message>
    <message>
        <source>127.0.0.1:8787</source>
        <translation>127.0.0.1:8787</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts deliveries from this machine only; 0.0.0.0 from anywhere that can reach it. Changing it restarts the capture server; deliveries in flight are answered first.</source>
        <translation>127.0.0.1 nimmt Zustellungen nur von diesem Rechner an, 0.0.0.0 von überall, wo er erreichbar ist. Eine Änderung startet den Capture-Server neu; laufende Zustellungen werden vorher beantwortet.</translation>
    </message>
    <message>
        <source>Largest body</source>
        <translation>Größter Body</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Time to send headers</source>
        <translation>Zeit für die Header</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time to send a request</source>
        <translation>Zeit für eine Anfrage</translation>
    </message>
    <message>
        <source>Idle connections closed after</source>
        <translation>Leerlaufende Verbindungen schließen nach</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Deliveries to an endpoint&apos;s path (and below it) belong to its provider, are checked and decrypted with its secret, are answered with its status, and can be forwarded to your app. Secrets are kept in the system keychain where there is one, otherwise in a file only you can read.</source>
        <translation>Zustellungen an den Pfad eines Endpunkts (und darunter) gehören zu seinem Anbieter, werden mit seinem Secret geprüft und entschlüsselt, mit seinem Status beantwortet und können an Ihre App weitergeleitet werden. Secrets liegen im Schlüsselbund des Systems, wo es einen gibt, sonst in einer Datei, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Set secret…</source>
        <translation>Secret festlegen…</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherung</translation>
    </message>
    <message>
        <source>Keep only the newest</source>
        <translation>Nur die neuesten behalten:</translation>
    </message>
    <message>
        <source> deliveries</source>
        <translation> Zustellungen</translation>
    </message>
    <message>
        <source>Keep only the last</source>
        <translation>Nur die letzten behalten:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Older deliveries are deleted from the store while Hookscope captures, a little at a time, without holding up capture. Imported deliveries count by the time they were first received. To delete deliveries now, right-click an endpoint or provider in the sidebar.</source>
        <translation>Ältere Zustellungen werden während des Empfangs nach und nach aus dem Speicher gelöscht, ohne den Empfang aufzuhalten. Importierte Zustellungen zählen nach dem Zeitpunkt, zu dem sie ursprünglich empfangen wurden. Um Zustellungen sofort zu löschen, klicken Sie in der Seitenleiste mit der rechten Maustaste auf einen Endpunkt oder Anbieter.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Show an icon in the system tray (closing the window keeps capturing)</source>
        <translation>Symbol im Systembereich der Kontrollleiste zeigen (Schließen des Fensters empfängt weiter)</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Dieser Desktop hat keinen Systembereich für Symbole.</translation>
    </message>
    <message>
        <source>Tell me when the first delivery of a new event type arrives</source>
        <translation>Benachrichtigen, wenn die erste Zustellung eines neuen Ereignistyps eintrifft</translation>
    </message>
    <message>
        <source>Shared store</source>
        <translation>Gemeinsamer Speicher</translation>
    </message>
    <message>
        <source>postgres://user@host/database (empty: this data directory&apos;s own store)</source>
        <translation>postgres://benutzer@host/datenbank (leer: der eigene Speicher dieses Datenverzeichnisses)</translation>
    </message>
    <message>
        <source>Node name</source>
        <translation>Knotenname</translation>
    </message>
    <message>
        <source>A PostgreSQL database that other capture nodes and consoles share: every delivery any of them captures is shown here as it arrives, with the name of the node that took it. Applies from the next start; --store on the command line comes first.</source>
        <translation>Eine PostgreSQL-Datenbank, die andere Erfassungsknoten und Konsolen mitbenutzen: Jede Zustellung, die einer von ihnen erfasst, erscheint hier, sobald sie ankommt, mit dem Namen des Knotens, der sie angenommen hat. Gilt ab dem nächsten Start; --store auf der Kommandozeile hat Vorrang.</translation>
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
        <translation>Wie Stripe (Stripe-Signature)</translation>
    </message>
    <message>
        <source>GitHub-style (X-Hub-Signature-256)</source>
        <translation>Wie GitHub (X-Hub-Signature-256)</translation>
    </message>
    <message>
        <source>Phasio: encrypt, then sign</source>
        <translation>Phasio: verschlüsseln, dann signieren</translation>
    </message>
    <message>
        <source>Generic HMAC header</source>
        <translation>Generischer HMAC-Header</translation>
    </message>
    <message>
        <source>Token header (Authorization: Bearer …)</source>
        <translation>Token-Header (Authorization: Bearer …)</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Hookscope is already running with the data directory %1 (process %2) but does not answer.</source>
        <translation>Hookscope läuft bereits mit dem Datenverzeichnis %1 (Prozess %2), antwortet aber nicht.</translation>
    </message>
</context>
<context>
    <name>StoreProblemPrompt</name>
    <message>
        <source>Delivery store cannot be used</source>
        <translation>Zustellungsspeicher nicht nutzbar</translation>
    </message>
    <message>
        <source>The delivery store was written by a newer version of Hookscope.</source>
        <translation>Der Zustellungsspeicher wurde von einer neueren Version von Hookscope geschrieben.</translation>
    </message>
    <message>
        <source>The delivery store is damaged.</source>
        <translation>Der Zustellungsspeicher ist beschädigt.</translation>
    </message>
    <message>
        <source>%1

Problem: %2.

Nothing has been changed in it.</source>
        <translation>%1

Problem: %2.

Daran wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Start a new data directory…</source>
        <translation>Neues Datenverzeichnis beginnen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Choose or create an empty data directory</source>
        <translation>Ein leeres Datenverzeichnis wählen oder anlegen</translation>
    </message>
    <message>
        <source>That is the data directory whose store cannot be used; choose another.</source>
        <translation>Das ist das Datenverzeichnis, dessen Speicher nicht nutzbar ist; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <source>You can look at what it holds read-only, with capture off, start a new data directory (this one is left as it is), or quit.</source>
        <translation>Sie können seinen Inhalt schreibgeschützt ansehen (ohne Empfang), ein neues Datenverzeichnis beginnen (dieses bleibt, wie es ist) oder beenden.</translation>
    </message>
    <message>
        <source>It cannot be opened even to read it. You can start a new data directory (this one is left as it is), or quit.</source>
        <translation>Er lässt sich nicht einmal zum Lesen öffnen. Sie können ein neues Datenverzeichnis beginnen (dieses bleibt, wie es ist) oder beenden.</translation>
    </message>
</context>
<context>
    <name>TunnelPanel</name>
    <message>
        <source>Make the capture server reachable from a vendor&apos;s cloud with a tunnel program you have.</source>
        <translation>Den Capture-Server mit einem vorhandenen Tunnelprogramm aus der Cloud eines Anbieters erreichbar machen.</translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation>&amp;Werkzeug:</translation>
    </message>
    <message>
        <source>Your ssh server</source>
        <translation>Ihr ssh-Server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>user@host.example.com</source>
        <translation>benutzer@host.example.com</translation>
    </message>
    <message>
        <source>ssh &amp;port:</source>
        <translation>ssh-&amp;Port:</translation>
    </message>
    <message>
        <source>default (22)</source>
        <translation>Standard (22)</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>your ssh agent or default key</source>
        <translation>Ihr ssh-Agent oder Standardschlüssel</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a private key file</source>
        <translation>Private Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>&amp;Remote port:</source>
        <translation>&amp;Entfernter Port:</translation>
    </message>
    <message>
        <source>The port the server listens on for the world; it is public only with GatewayPorts in its sshd_config</source>
        <translation>Der Port, auf dem der Server für alle lauscht; öffentlich ist er nur mit GatewayPorts in seiner sshd_config</translation>
    </message>
    <message>
        <source>any free one</source>
        <translation>ein freier</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Optionen:</translation>
    </message>
    <message>
        <source>ssh options as after -o, separated by spaces</source>
        <translation>ssh-Optionen wie nach -o, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>NAME=VALUE …</source>
        <translation>NAME=WERT …</translation>
    </message>
    <message>
        <source>&amp;URL override:</source>
        <translation>&amp;URL überschreiben:</translation>
    </message>
    <message>
        <source>Where the world reaches the tunnel, when the tool cannot say (a reverse proxy in front of your ssh server)</source>
        <translation>Wo die Welt den Tunnel erreicht, wenn das Werkzeug es nicht sagen kann (ein Reverse Proxy vor Ihrem ssh-Server)</translation>
    </message>
    <message>
        <source>as the tool says</source>
        <translation>wie das Werkzeug sagt</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>Run this program instead of the one found on PATH</source>
        <translation>Dieses Programm statt des auf PATH gefundenen ausführen</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>&amp;Aufgeben nach:</translation>
    </message>
    <message>
        <source>Stop waiting when no public URL appeared by then</source>
        <translation>Nicht länger warten, wenn bis dahin keine öffentliche URL erschienen ist</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Start tunnel</source>
        <translation>Tunnel &amp;starten</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the public URL</source>
        <translation>Die öffentliche URL kopieren</translation>
    </message>
    <message>
        <source>Paste this into the vendor&apos;s webhook settings:</source>
        <translation>Dies in die Webhook-Einstellungen des Anbieters einfügen:</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Capture server address (default 127.0.0.1:8787; port 0 picks a free port).</source>
        <translation>Adresse des Capture-Servers (Standard 127.0.0.1:8787; Port 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>Directory of the delivery store (default %1).</source>
        <translation>Verzeichnis des Zustellungsspeichers (Standard %1).</translation>
    </message>
    <message>
        <source>Name an endpoint (repeatable): deliveries to /PATH belong to PROVIDER, are checked with the secret, answered with CODE after MS, and sent on to URL (answer=target: the vendor gets URL&apos;s answer).</source>
        <translation>Einen Endpunkt benennen (wiederholbar): Zustellungen an /PATH gehören zu PROVIDER, werden mit dem Secret geprüft, nach MS mit CODE beantwortet und an URL weitergeleitet (answer=target: der Anbieter erhält die Antwort von URL).</translation>
    </message>
    <message>
        <source>Keep only the newest N deliveries; older ones are removed from the store.</source>
        <translation>Nur die neuesten N Zustellungen behalten; ältere werden aus dem Speicher entfernt.</translation>
    </message>
    <message>
        <source>Keep only deliveries received in the last N days.</source>
        <translation>Nur Zustellungen der letzten N Tage behalten.</translation>
    </message>
    <message>
        <source>Largest request body; larger ones are answered 413 without being read (default 25M).</source>
        <translation>Größter Body einer Anfrage; größere werden ungelesen mit 413 beantwortet (Standard 25M).</translation>
    </message>
    <message>
        <source>Seconds a client has to send a request&apos;s headers (default 10).</source>
        <translation>Sekunden, die ein Client für die Header einer Anfrage hat (Standard 10).</translation>
    </message>
    <message>
        <source>Seconds a client has to send a whole request (default 60).</source>
        <translation>Sekunden, die ein Client für eine ganze Anfrage hat (Standard 60).</translation>
    </message>
    <message>
        <source>Seconds an idle kept-alive connection stays open (default 30).</source>
        <translation>Sekunden, die eine leerlaufende Keep-Alive-Verbindung offen bleibt (Standard 30).</translation>
    </message>
    <message>
        <source>Connections served at once; more are answered 503 (default 2048).</source>
        <translation>Gleichzeitig bediente Verbindungen; weitere erhalten 503 (Standard 2048).</translation>
    </message>
    <message>
        <source>Export stored deliveries.
  ndjson  every delivery, lossless (import gives the same bytes back)
  har     HAR 1.2 for browser dev tools and HAR viewers
  csv     one event type&apos;s table, a row per event (--event-type, or -o DIR)
  json    one event type&apos;s events as a JSON array (--event-type, or -o DIR)
  curl    a bash script, one curl command per delivery
  raw     the body of one delivery (--id)</source>
        <translation>Gespeicherte Zustellungen exportieren.
  ndjson  jede Zustellung, verlustfrei (import liefert dieselben Bytes zurück)
  har     HAR 1.2 für die Entwicklertools des Browsers und HAR-Viewer
  csv     die Tabelle eines Ereignistyps, eine Zeile pro Ereignis (--event-type oder -o DIR)
  json    die Ereignisse eines Ereignistyps als JSON-Array (--event-type oder -o DIR)
  curl    ein Bash-Skript, ein curl-Befehl pro Zustellung
  raw     der Body einer Zustellung (--id)</translation>
    </message>
    <message>
        <source>Store directory.</source>
        <translation>Speicherverzeichnis.</translation>
    </message>
    <message>
        <source>ndjson (default), har, csv, json, curl or raw.</source>
        <translation>ndjson (Standard), har, csv, json, curl oder raw.</translation>
    </message>
    <message>
        <source>Only this event type.</source>
        <translation>Nur dieser Ereignistyp.</translation>
    </message>
    <message>
        <source>Only this provider.</source>
        <translation>Nur dieser Anbieter.</translation>
    </message>
    <message>
        <source>Only this delivery (repeat for more).</source>
        <translation>Nur diese Zustellung (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>curl: send to this base URL instead of the delivery&apos;s Host (the target is appended).</source>
        <translation>curl: an diese Basis-URL statt an den Host der Zustellung senden (das Ziel wird angehängt).</translation>
    </message>
    <message>
        <source>curl, har: write Authorization, signature and token headers as &lt;redacted&gt;.</source>
        <translation>curl, har: Authorization-, Signatur- und Token-Header als &lt;redacted&gt; schreiben.</translation>
    </message>
    <message>
        <source>csv: byte order mark, and no formulas, for Excel.</source>
        <translation>csv: Byte Order Mark und keine Formeln, für Excel.</translation>
    </message>
    <message>
        <source>Write to FILE (a directory for csv/json without --event-type), not stdout.</source>
        <translation>In FILE schreiben (ein Verzeichnis für csv/json ohne --event-type), nicht auf stdout.</translation>
    </message>
    <message>
        <source>Import deliveries from an NDJSON export or a HAR file into the store.</source>
        <translation>Zustellungen aus einem NDJSON-Export oder einer HAR-Datei in den Speicher importieren.</translation>
    </message>
    <message>
        <source>NDJSON or HAR file (detected from its content).</source>
        <translation>NDJSON- oder HAR-Datei (am Inhalt erkannt).</translation>
    </message>
    <message>
        <source>Send a stored delivery again: same method, the raw body byte for byte, the original headers without the hop-by-hop ones. Prints the answer like send.</source>
        <translation>Eine gespeicherte Zustellung erneut senden: dieselbe Methode, der rohe Body Byte für Byte, die ursprünglichen Header ohne die Hop-by-Hop-Header. Gibt die Antwort aus wie send.</translation>
    </message>
    <message>
        <source>The delivery&apos;s id (as in export).</source>
        <translation>Die ID der Zustellung (wie in export).</translation>
    </message>
    <message>
        <source>Where to send it.</source>
        <translation>Wohin gesendet wird.</translation>
    </message>
    <message>
        <source>Keep every original header, Host and hop-by-hop ones included (Content-Length and Transfer-Encoding are always recomputed).</source>
        <translation>Jeden ursprünglichen Header behalten, auch Host und Hop-by-Hop-Header (Content-Length und Transfer-Encoding werden immer neu berechnet).</translation>
    </message>
    <message>
        <source>Sign again with a new timestamp: standard-webhooks, stripe, github, phasio, hmac or header-token.</source>
        <translation>Mit neuem Zeitstempel erneut signieren: standard-webhooks, stripe, github, phasio, hmac oder header-token.</translation>
    </message>
    <message>
        <source>List the bundled sample deliveries, one provider/event_type per line.</source>
        <translation>Die mitgelieferten Beispielzustellungen auflisten, eine Zeile provider/event_type pro Beispiel.</translation>
    </message>
    <message>
        <source>Print the names only.</source>
        <translation>Nur die Namen ausgeben.</translation>
    </message>
    <message>
        <source>A bundled sample (hookscope samples).</source>
        <translation>Ein mitgeliefertes Beispiel (hookscope samples).</translation>
    </message>
    <message>
        <source>Send this file&apos;s bytes (- for stdin).</source>
        <translation>Die Bytes dieser Datei senden (- für stdin).</translation>
    </message>
    <message>
        <source>Change a field: a dotted path (customers[0].email) or JSON pointer (/customers/0/email), = and the value, typed by the event&apos;s schema. Repeatable.</source>
        <translation>Ein Feld ändern: ein Punktpfad (customers[0].email) oder JSON Pointer (/customers/0/email), = und der Wert, typisiert nach dem Schema des Ereignisses. Wiederholbar.</translation>
    </message>
    <message>
        <source>Add or replace a header. Repeatable.</source>
        <translation>Einen Header hinzufügen oder ersetzen. Wiederholbar.</translation>
    </message>
    <message>
        <source>HTTP method (default: the provider&apos;s, POST).</source>
        <translation>HTTP-Methode (Standard: die des Anbieters, POST).</translation>
    </message>
    <message>
        <source>standard-webhooks, stripe, github, phasio, hmac, header-token or none (default with --sample and a secret: the provider&apos;s).</source>
        <translation>standard-webhooks, stripe, github, phasio, hmac, header-token oder none (Standard mit --sample und einem Secret: das des Anbieters).</translation>
    </message>
    <message>
        <source>Send it N times and print a summary.</source>
        <translation>N-mal senden und eine Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>With --repeat: at most K in flight (default 8).</source>
        <translation>Mit --repeat: höchstens K gleichzeitig unterwegs (Standard 8).</translation>
    </message>
    <message>
        <source>The webhook secret to sign (and for Phasio encrypt) with.</source>
        <translation>Das Webhook-Secret zum Signieren (und für Phasio zum Verschlüsseln).</translation>
    </message>
    <message>
        <source>Read the secret from FILE (keeps it out of the process list); one trailing newline is ignored.</source>
        <translation>Das Secret aus FILE lesen (hält es aus der Prozessliste heraus); ein abschließender Zeilenumbruch wird ignoriert.</translation>
    </message>
    <message>
        <source>With hmac: the signature header (X-Signature).</source>
        <translation>Mit hmac: der Signatur-Header (X-Signature).</translation>
    </message>
    <message>
        <source>With hmac: sha1, sha256 (default) or sha512.</source>
        <translation>Mit hmac: sha1, sha256 (Standard) oder sha512.</translation>
    </message>
    <message>
        <source>With hmac: hex (default) or base64.</source>
        <translation>Mit hmac: hex (Standard) oder base64.</translation>
    </message>
    <message>
        <source>With hmac: text before the digest, e.g. sha256=.</source>
        <translation>Mit hmac: Text vor dem Digest, z. B. sha256=.</translation>
    </message>
    <message>
        <source>Give up on an answer after SECONDS (default 30).</source>
        <translation>Nach SECONDS Sekunden nicht mehr auf eine Antwort warten (Standard 30).</translation>
    </message>
    <message>
        <source>Print the request instead of sending it.</source>
        <translation>Die Anfrage ausgeben statt sie zu senden.</translation>
    </message>
    <message>
        <source>Send a webhook delivery: a bundled sample (or a file) with edits, signed like the vendor signs it. Prints the answer&apos;s status line, headers and body.</source>
        <translation>Eine Webhook-Zustellung senden: ein mitgeliefertes Beispiel (oder eine Datei) mit Änderungen, signiert wie der Anbieter signiert. Gibt Statuszeile, Header und Body der Antwort aus.</translation>
    </message>
    <message>
        <source>The tunnel program: %1.</source>
        <translation>Das Tunnelprogramm: %1.</translation>
    </message>
    <message>
        <source>The capture server to tunnel to (default 127.0.0.1:8787).</source>
        <translation>Der Capture-Server, zu dem getunnelt wird (Standard 127.0.0.1:8787).</translation>
    </message>
    <message>
        <source>Print URLs for the endpoints kept in this store directory (default %1).</source>
        <translation>URLs für die Endpunkte ausgeben, die in diesem Speicherverzeichnis stehen (Standard %1).</translation>
    </message>
    <message>
        <source>Print a URL for this endpoint too (repeatable).</source>
        <translation>Auch für diesen Endpunkt eine URL ausgeben (wiederholbar).</translation>
    </message>
    <message>
        <source>ssh: the server that forwards to this machine.</source>
        <translation>ssh: der Server, der an diesen Rechner weiterleitet.</translation>
    </message>
    <message>
        <source>ssh: the server&apos;s ssh port.</source>
        <translation>ssh: der ssh-Port des Servers.</translation>
    </message>
    <message>
        <source>ssh: the private key to log in with.</source>
        <translation>ssh: der private Schlüssel für die Anmeldung.</translation>
    </message>
    <message>
        <source>ssh: an option as after -o (repeatable).</source>
        <translation>ssh: eine Option wie nach -o (wiederholbar).</translation>
    </message>
    <message>
        <source>ssh: the port the server listens on for the world (default 0: the server picks one).</source>
        <translation>ssh: der Port, auf dem der Server für alle lauscht (Standard 0: der Server wählt einen).</translation>
    </message>
    <message>
        <source>The URL the world reaches the tunnel at, when the tool cannot say (ssh behind a reverse proxy).</source>
        <translation>Die URL, unter der die Welt den Tunnel erreicht, wenn das Werkzeug es nicht sagen kann (ssh hinter einem Reverse Proxy).</translation>
    </message>
    <message>
        <source>Give up when no public URL appeared within this time (default 60).</source>
        <translation>Aufgeben, wenn in dieser Zeit keine öffentliche URL erschienen ist (Standard 60).</translation>
    </message>
    <message>
        <source>Run this program instead of the tool found on PATH.</source>
        <translation>Dieses Programm statt des auf PATH gefundenen Werkzeugs ausführen.</translation>
    </message>
    <message>
        <source>Print the tool&apos;s own output (on stderr).</source>
        <translation>Die eigene Ausgabe des Werkzeugs ausgeben (auf stderr).</translation>
    </message>
    <message>
        <source>--via is required: %1</source>
        <translation>--via ist erforderlich: %1</translation>
    </message>
    <message>
        <source>--via &quot;%1&quot;: Hookscope knows %2</source>
        <translation>--via &quot;%1&quot;: Hookscope kennt %2</translation>
    </message>
    <message>
        <source>--listen needs the capture server&apos;s port (the one it printed), not 0</source>
        <translation>--listen braucht den Port des Capture-Servers (den, den er ausgegeben hat), nicht 0</translation>
    </message>
    <message>
        <source>--public-url is an http:// or https:// URL</source>
        <translation>--public-url ist eine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>--via ssh needs --ssh-host USER@HOST, the server that forwards to this machine</source>
        <translation>--via ssh braucht --ssh-host USER@HOST, den Server, der an diesen Rechner weiterleitet</translation>
    </message>
    <message>
        <source>--ssh-host, --ssh-port, --ssh-identity, --ssh-option and --remote-port go with --via ssh</source>
        <translation>--ssh-host, --ssh-port, --ssh-identity, --ssh-option und --remote-port gehören zu --via ssh</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3</source>
        <translation>--%1 nimmt eine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>--data-dir %1 is not a directory</source>
        <translation>--data-dir %1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>Open a public tunnel to a running capture server with a program you have (cloudflared quick tunnel, ngrok, localtunnel, or ssh -R to a server of yours), print its URL and the URL of each endpoint to give the vendor, and keep it open until Ctrl+C.</source>
        <translation>Einen öffentlichen Tunnel zu einem laufenden Capture-Server mit einem vorhandenen Programm öffnen (cloudflared Quick Tunnel, ngrok, localtunnel oder ssh -R zu einem eigenen Server), seine URL und die URL jedes Endpunkts zur Weitergabe an den Anbieter ausgeben und ihn bis Strg+C offen halten.</translation>
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
        <translation>Webhook-Testkonsole: empfängt, dekodiert, verfasst und wiederholt Webhook-Zustellungen.
Ohne --headless öffnet sie das Konsolenfenster.

Befehle (hookscope BEFEHL --help für jeden):
  export   gespeicherte Zustellungen als NDJSON, HAR, CSV, JSON, curl oder rohen Body schreiben
  import   Zustellungen aus einer NDJSON- oder HAR-Datei lesen
  samples  die mitgelieferten Beispielzustellungen auflisten
  send     ein Beispiel oder eine Datei senden, bearbeitet und signiert wie vom Anbieter
  replay   eine gespeicherte Zustellung erneut senden, Byte für Byte
  tunnel   einen öffentlichen Tunnel zum Capture-Server öffnen (cloudflared, ngrok,
           localtunnel oder ssh -R) und die URLs für den Anbieter ausgeben</translation>
    </message>
    <message>
        <source>Capture without a window until SIGTERM.</source>
        <translation>Ohne Fenster empfangen, bis SIGTERM kommt.</translation>
    </message>
    <message>
        <source>With --headless: print one line per stored delivery.</source>
        <translation>Mit --headless: eine Zeile pro gespeicherter Zustellung ausgeben.</translation>
    </message>
    <message>
        <source>Capture server not started: %1</source>
        <translation>Capture-Server nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Name of this capture node, kept with every delivery it takes into a shared store (default: the host name).</source>
        <translation>Name dieses Erfassungsknotens, der bei jeder Zustellung gespeichert wird, die er in einen gemeinsamen Speicher schreibt (Standard: der Hostname).</translation>
    </message>
    <message>
        <source>Keep deliveries in a PostgreSQL database that other capture nodes and consoles share, instead of the data directory&apos;s SQLite file (the journal stays in the data directory). A password is better kept in PGPASSWORD or ~/.pgpass than in the URL.</source>
        <translation>Zustellungen in einer PostgreSQL-Datenbank halten, die andere Erfassungsknoten und Konsolen mitbenutzen, statt in der SQLite-Datei des Datenverzeichnisses (das Journal bleibt im Datenverzeichnis). Ein Passwort steht besser in PGPASSWORD oder ~/.pgpass als in der URL.</translation>
    </message>
</context>
<context>
    <name>hookscope::ComposerFormModel</name>
    <message numerus="yes">
        <source>one of %n</source>
        <translation>
            <numerusform>einer von %n</numerusform>
            <numerusform>einer von %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept by Randomize: a field above it is pinned</source>
        <translation>Von Zufallswerte verschont: ein Feld darüber ist angeheftet</translation>
    </message>
    <message>
        <source>Pin: Randomize keeps this value</source>
        <translation>Anheften: Zufallswerte lässt diesen Wert stehen</translation>
    </message>
    <message numerus="yes">
        <source>{%n fields}</source>
        <translation>
            <numerusform>{%n Feld}</numerusform>
            <numerusform>{%n Felder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>Pattern: %1</source>
        <translation>Muster: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
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
        <translation>Senden Sie die Zustellung, um hier die Antwort zu sehen.

Standardmäßig geht sie an den eigenen Capture-Server dieses Hookscope und erscheint daher in der Konsole wie die eines Anbieters.</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>Nicht umbenannt: %1</translation>
    </message>
    <message>
        <source>None (a body of your own)</source>
        <translation>Keiner (ein eigener Body)</translation>
    </message>
    <message>
        <source>The provider&apos;s (%1)</source>
        <translation>Das des Anbieters (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>Der Body ist leer.</translation>
    </message>
    <message>
        <source>Not JSON at line %1, column %2: %3</source>
        <translation>Kein JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The form shows the last version that was JSON; fix the text to edit here again.</source>
        <translation>Das Formular zeigt die letzte Fassung, die JSON war; korrigieren Sie den Text, um hier wieder zu bearbeiten.</translation>
    </message>
    <message>
        <source>(the body)</source>
        <translation>(der Body)</translation>
    </message>
    <message>
        <source>no provider, so no schema to check</source>
        <translation>kein Anbieter, also kein Schema zum Prüfen</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#27ae60&quot;&gt;matches the %1 schema&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#27ae60&quot;&gt;entspricht dem Schema von %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Valid JSON · %1 · %2</source>
        <translation>Gültiges JSON · %1 · %2</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message>
        <source>Give a value</source>
        <translation>Einen Wert angeben</translation>
    </message>
    <message>
        <source>Set null</source>
        <translation>Auf null setzen</translation>
    </message>
    <message>
        <source>Item %1 added to %2.</source>
        <translation>Element %1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Item %1 removed from %2.</source>
        <translation>Element %1 aus %2 entfernt.</translation>
    </message>
    <message>
        <source>There is no sample event of type %1 to add.</source>
        <translation>Es gibt kein Beispielereignis vom Typ %1 zum Hinzufügen.</translation>
    </message>
    <message>
        <source>Event %1 (%2) added to the batch.</source>
        <translation>Ereignis %1 (%2) zur Sammelzustellung hinzugefügt.</translation>
    </message>
    <message>
        <source>A batch delivery carries at least one event.</source>
        <translation>Eine Sammelzustellung enthält mindestens ein Ereignis.</translation>
    </message>
    <message>
        <source>Event %1 removed from the batch.</source>
        <translation>Ereignis %1 aus der Sammelzustellung entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Randomized %n fields.</source>
        <translation>
            <numerusform>%n Feld mit Zufallswert gefüllt.</numerusform>
            <numerusform>%n Felder mit Zufallswerten gefüllt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Randomized %n fields; pinned ones kept.</source>
        <translation>
            <numerusform>%n Feld mit Zufallswert gefüllt; angeheftete blieben.</numerusform>
            <numerusform>%n Felder mit Zufallswerten gefüllt; angeheftete blieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider&apos;s</source>
        <translation>Das des Anbieters</translation>
    </message>
    <message>
        <source>None: send unsigned</source>
        <translation>Keines: unsigniert senden</translation>
    </message>
    <message>
        <source>%1 does not sign its deliveries: they go out as composed.</source>
        <translation>%1 signiert seine Zustellungen nicht: sie gehen so hinaus, wie sie verfasst sind.</translation>
    </message>
    <message>
        <source>Sent unsigned, as composed.</source>
        <translation>Unsigniert gesendet, wie verfasst.</translation>
    </message>
    <message>
        <source>Without a secret the body goes out as plain JSON, neither encrypted nor signed.</source>
        <translation>Ohne Secret geht der Body als reines JSON hinaus, weder verschlüsselt noch signiert.</translation>
    </message>
    <message>
        <source>Enter the secret to sign with; without one the delivery goes out unsigned.</source>
        <translation>Geben Sie das Secret zum Signieren ein; ohne eines geht die Zustellung unsigniert hinaus.</translation>
    </message>
    <message>
        <source>Added when sending: %1.</source>
        <translation>Beim Senden hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>The body is encrypted with the secret first (AES-256-GCM, as the provider file lays it out) and the encrypted text is signed.</source>
        <translation>Der Body wird zuerst mit dem Secret verschlüsselt (AES-256-GCM, wie es die Anbieterdatei festlegt) und der verschlüsselte Text signiert.</translation>
    </message>
    <message>
        <source>Header &quot;%1&quot; is not a valid header name.</source>
        <translation>Header „%1“ ist kein gültiger Header-Name.</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>Enter the secret to sign with (Signing tab), or choose not to sign.</source>
        <translation>Geben Sie das Secret zum Signieren ein (Reiter Signieren) oder wählen Sie, nicht zu signieren.</translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation>der Body ist kein JSON</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Senden an %1…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Senden…</translation>
    </message>
    <message>
        <source>Sending, although %1.</source>
        <translation>Wird gesendet, obwohl %1.</translation>
    </message>
    <message>
        <source>Cancelled before an answer came.</source>
        <translation>Abgebrochen, bevor eine Antwort kam.</translation>
    </message>
    <message>
        <source>The send was not kept in the history: %1</source>
        <translation>Die Sendung wurde nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n answers.</source>
        <translation>
            <numerusform>Nach %n Antwort abgebrochen.</numerusform>
            <numerusform>Nach %n Antworten abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered %1.</source>
        <translation>Antwort: %1.</translation>
    </message>
    <message>
        <source>Opened the send of %1.</source>
        <translation>Sendung vom %1 geöffnet.</translation>
    </message>
    <message>
        <source>Opened the template &quot;%1&quot;.</source>
        <translation>Vorlage „%1“ geöffnet.</translation>
    </message>
    <message>
        <source>My delivery</source>
        <translation>Meine Zustellung</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Replace the template &quot;%1&quot;?</source>
        <translation>Die Vorlage „%1“ ersetzen?</translation>
    </message>
    <message>
        <source>Saved the template &quot;%1&quot;.</source>
        <translation>Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Die Vorlage „%1“ löschen?</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message numerus="yes">
        <source>Forget all %n sends?</source>
        <translation>
            <numerusform>%n Sendung vergessen?</numerusform>
            <numerusform>Alle %n Sendungen vergessen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema problems, listed below</source>
        <translation>
            <numerusform>%n Schemaproblem, unten aufgeführt</numerusform>
            <numerusform>%n Schemaprobleme, unten aufgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent; all answered 2xx.</source>
        <translation>
            <numerusform>%n gesendet; alle mit 2xx beantwortet.</numerusform>
            <numerusform>%n gesendet; alle mit 2xx beantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent; not all answered 2xx.</source>
        <translation>
            <numerusform>%n gesendet; nicht alle mit 2xx beantwortet.</numerusform>
            <numerusform>%n gesendet; nicht alle mit 2xx beantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookscope::DeliveryDetailView</name>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Select a delivery to see it here.</source>
        <translation>Wählen Sie eine Zustellung, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alles aufklappen</translation>
    </message>
    <message>
        <source>Expand every node</source>
        <translation>Jeden Knoten aufklappen</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Zuklappen</translation>
    </message>
    <message>
        <source>Collapse every node</source>
        <translation>Jeden Knoten zuklappen</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy the chosen value (Ctrl+C)</source>
        <translation>Den gewählten Wert kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy the chosen node&apos;s JSON path</source>
        <translation>Den JSON-Pfad des gewählten Knotens kopieren</translation>
    </message>
    <message>
        <source>Pretty-print</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Indent the JSON; byte positions then no longer match the original</source>
        <translation>Das JSON einrücken; Bytepositionen stimmen dann nicht mehr mit dem Original überein</translation>
    </message>
    <message>
        <source>Decrypted</source>
        <translation>Entschlüsselt</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>Refused by Hookscope: %1. The body was not kept.</source>
        <translation>Von Hookscope abgewiesen: %1. Der Body wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>This delivery has no body.</source>
        <translation>Diese Zustellung hat keinen Body.</translation>
    </message>
    <message>
        <source>The body is not JSON (%1, %2).</source>
        <translation>Der Body ist kein JSON (%1, %2).</translation>
    </message>
    <message>
        <source>Decrypted with the endpoint&apos;s key.</source>
        <translation>Mit dem Schlüssel des Endpunkts entschlüsselt.</translation>
    </message>
    <message>
        <source>JSON from the form field &quot;%1&quot;.</source>
        <translation>JSON aus dem Formularfeld „%1“.</translation>
    </message>
    <message>
        <source>JSON from the multipart part &quot;%1&quot;.</source>
        <translation>JSON aus dem Multipart-Teil „%1“.</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>Kein gültiges JSON in Zeile %1, Spalte %2 (Byte %3): %4</translation>
    </message>
    <message>
        <source>Event %1 (%2): %3 — %4</source>
        <translation>Ereignis %1 (%2): %3 — %4</translation>
    </message>
    <message>
        <source>Event %1: &quot;%2&quot; is not an event type this provider documents</source>
        <translation>Ereignis %1: „%2“ ist kein Ereignistyp, den dieser Anbieter dokumentiert</translation>
    </message>
    <message>
        <source>Every event matches its schema.</source>
        <translation>Jedes Ereignis entspricht seinem Schema.</translation>
    </message>
    <message>
        <source>No provider recognised, so there is no schema to check against.</source>
        <translation>Kein Anbieter erkannt, daher gibt es kein Schema zum Prüfen.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>%1 is the client the %2 header names (a tunnel or proxy adds it; anyone can send it); the connection came from %3.</source>
        <translation>%1 ist der Client, den der Header %2 nennt (ein Tunnel oder Proxy fügt ihn hinzu; jeder kann ihn senden); die Verbindung kam von %3.</translation>
    </message>
    <message>
        <source>The connection came from %1.</source>
        <translation>Die Verbindung kam von %1.</translation>
    </message>
    <message>
        <source>(%1 of binary data; see the Hex tab)</source>
        <translation>(%1 Binärdaten; siehe Reiter Hex)</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2; the Hex tab has every byte.</source>
        <translation>Die ersten %1 von %2 werden gezeigt; der Reiter Hex hat jedes Byte.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>hookscope::DeliveryListModel</name>
    <message>
        <source>Refused: %1</source>
        <translation>Abgewiesen: %1</translation>
    </message>
    <message>
        <source>%1 is the client a tunnel or proxy named in the request&apos;s headers; the connection came from %2 port %3.</source>
        <translation>%1 ist der Client, den ein Tunnel oder Proxy in den Headern der Anfrage genannt hat; die Verbindung kam von %2 Port %3.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>valid</source>
        <comment>signature status</comment>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid</source>
        <comment>signature status</comment>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>signature status</comment>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not checked</source>
        <comment>signature status</comment>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
</context>
<context>
    <name>hookscope::DiffDialog</name>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message numerus="yes">
        <source>%n differences</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookscope::EventTableModel</name>
    <message>
        <source> — seen in deliveries, not in the schema</source>
        <translation> — in Zustellungen gesehen, nicht im Schema</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>hookscope::ExportController</name>
    <message>
        <source>An export is running; wait for it or cancel it first.</source>
        <translation>Ein Export läuft; warten Sie ihn ab oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %1 of %Ln deliveries read…</source>
        <translation>
            <numerusform>Export: %1 von %Ln Zustellung gelesen…</numerusform>
            <numerusform>Export: %1 von %Ln Zustellungen gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nichts wurde exportiert: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (one per event type) in %3.</source>
        <translation>%1 als %2 (eine pro Ereignistyp) nach %3 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deliveries</source>
        <translation>
            <numerusform>%Ln Zustellung</numerusform>
            <numerusform>%Ln Zustellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln deliveries to %1.</source>
        <translation>
            <numerusform>%Ln Zustellung nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zustellungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
</context>
<context>
    <name>hookscope::ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>The selected delivery (#%1)</source>
        <translation>Die ausgewählte Zustellung (#%1)</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected deliveries</source>
        <translation>
            <numerusform>Die %Ln ausgewählte Zustellung</numerusform>
            <numerusform>Die %Ln ausgewählten Zustellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What the list shows: %Ln deliveries</source>
        <translation>
            <numerusform>Was die Liste zeigt: %Ln Zustellung</numerusform>
            <numerusform>Was die Liste zeigt: %Ln Zustellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln deliveries</source>
        <translation>
            <numerusform>Alle Zustellungen (%Ln)</numerusform>
            <numerusform>Alle %Ln Zustellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>A folder: one file per event type in it (&lt;provider&gt;.&lt;event type&gt;.%1), made if it is missing.</source>
        <translation>Ein Ordner: darin eine Datei pro Ereignistyp (&lt;provider&gt;.&lt;event type&gt;.%1), angelegt, falls er fehlt.</translation>
    </message>
    <message>
        <source>Bodies that are not text are written beside the script.</source>
        <translation>Bodys, die kein Text sind, werden neben das Skript geschrieben.</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>In Datei exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1-Dateien (*.%2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wohin der Export gespeichert wird.</translation>
    </message>
    <message>
        <source>%1 is a file; a file per event type needs a folder.</source>
        <translation>%1 ist eine Datei; eine Datei pro Ereignistyp braucht einen Ordner.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The address to send to must start with http:// or https://.</source>
        <translation>Die Zieladresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existiert. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>hookscope::FilterBar</name>
    <message>
        <source>Any method</source>
        <translation>Jede Methode</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any signature</source>
        <translation>Jede Signatur</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>hookscope::HeaderListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>hookscope::JsonDiffModel</name>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
</context>
<context>
    <name>hookscope::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n members}</source>
        <translation>
            <numerusform>{%n Eintrag}</numerusform>
            <numerusform>{%n Einträge}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>(document)</source>
        <translation>(Dokument)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
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
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Deliveries are not being stored (answered 503): %1</source>
        <translation>Zustellungen werden nicht gespeichert (Antwort 503): %1</translation>
    </message>
    <message>
        <source>Deliveries were not removed: %1</source>
        <translation>Zustellungen wurden nicht entfernt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln deliveries.</source>
        <translation>
            <numerusform>%Ln Zustellung entfernt.</numerusform>
            <numerusform>%Ln Zustellungen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New delivery…</source>
        <translation>&amp;Neue Zustellung…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Deliveries</source>
        <translation>&amp;Zustellungen</translation>
    </message>
    <message>
        <source>&amp;Compare the two selected</source>
        <translation>Die zwei ausgewählten &amp;vergleichen</translation>
    </message>
    <message>
        <source>Go to &amp;newest</source>
        <translation>Zur &amp;neuesten</translation>
    </message>
    <message>
        <source>Clear &amp;all deliveries…</source>
        <translation>&amp;Alle Zustellungen löschen…</translation>
    </message>
    <message>
        <source>all deliveries</source>
        <translation>alle Zustellungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Public &amp;tunnel</source>
        <translation>Öffentlicher &amp;Tunnel</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Hookscope</source>
        <translation>&amp;Über Hookscope</translation>
    </message>
    <message>
        <source>About Hookscope</source>
        <translation>Über Hookscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hookscope %1&lt;/h3&gt;&lt;p&gt;A webhook test console: capture, decode, compose and replay webhook deliveries.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hookscope %1&lt;/h3&gt;&lt;p&gt;Eine Webhook-Testkonsole: Webhook-Zustellungen empfangen, dekodieren, verfassen und wiederholen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Public tunnel</source>
        <translation>Öffentlicher Tunnel</translation>
    </message>
    <message>
        <source>Tunnel: &lt;a href=&quot;#tunnel&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Tunnel: &lt;a href=&quot;#tunnel&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Tunnel: &lt;a href=&quot;#tunnel&quot;&gt;starting…&lt;/a&gt;</source>
        <translation>Tunnel: &lt;a href=&quot;#tunnel&quot;&gt;startet…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Tunnel: &lt;a href=&quot;#tunnel&quot;&gt;failed&lt;/a&gt;</source>
        <translation>Tunnel: &lt;a href=&quot;#tunnel&quot;&gt;fehlgeschlagen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Hookscope is still capturing</source>
        <translation>Hookscope empfängt weiter</translation>
    </message>
    <message>
        <source>The window is closed; quit from the tray icon&apos;s menu.</source>
        <translation>Das Fenster ist geschlossen; beenden Sie Hookscope über das Menü des Symbols im Systembereich.</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>%1 wird dekodiert…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing matches&lt;/h3&gt;&lt;p&gt;No delivery matches these filters. &lt;a href=&quot;#clear&quot;&gt;Clear filters&lt;/a&gt; (Ctrl+Shift+L)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nichts passt&lt;/h3&gt;&lt;p&gt;Keine Zustellung passt zu diesen Filtern. &lt;a href=&quot;#clear&quot;&gt;Filter zurücksetzen&lt;/a&gt; (Strg+Umschalt+L)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No deliveries yet&lt;/h3&gt;&lt;p&gt;The capture server is not running: %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Zustellungen&lt;/h3&gt;&lt;p&gt;Der Capture-Server läuft nicht: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No deliveries yet&lt;/h3&gt;&lt;p&gt;Point your vendor&apos;s webhook at &lt;b&gt;%1/&amp;lt;endpoint&amp;gt;&lt;/b&gt;, for example %1/enad, or send one yourself:&lt;/p&gt;&lt;p&gt;&lt;code&gt;curl -X POST %1/test -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;hello&quot;:&quot;world&quot;}&apos;&lt;/code&gt;&lt;/p&gt;&lt;p&gt;or: &lt;code&gt;hookscope send --url %1/willsuite --sample willsuite/customer.created&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Zustellungen&lt;/h3&gt;&lt;p&gt;Richten Sie den Webhook Ihres Anbieters auf &lt;b&gt;%1/&amp;lt;endpunkt&amp;gt;&lt;/b&gt;, zum Beispiel %1/enad, oder senden Sie selbst einen:&lt;/p&gt;&lt;p&gt;&lt;code&gt;curl -X POST %1/test -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;hello&quot;:&quot;world&quot;}&apos;&lt;/code&gt;&lt;/p&gt;&lt;p&gt;oder: &lt;code&gt;hookscope send --url %1/willsuite --sample willsuite/customer.created&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Capture server stopped</source>
        <translation>Capture-Server gestoppt</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <source>Listening on %1 — reachable from other machines</source>
        <translation>Lauscht auf %1 — von anderen Rechnern erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deliveries · %1</source>
        <translation>
            <numerusform>%Ln Zustellung · %1</numerusform>
            <numerusform>%Ln Zustellungen · %1</numerusform>
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
        <translation>Erste Zustellung von %1</translation>
    </message>
    <message>
        <source>First deliveries of new event types: %1</source>
        <translation>Erste Zustellungen neuer Ereignistypen: %1</translation>
    </message>
    <message>
        <source>New event type</source>
        <translation>Neuer Ereignistyp</translation>
    </message>
    <message>
        <source>New event types</source>
        <translation>Neue Ereignistypen</translation>
    </message>
    <message>
        <source>Hookscope was started again with this data directory; --listen and --endpoint apply only when it starts.</source>
        <translation>Hookscope wurde erneut mit diesem Datenverzeichnis gestartet; --listen und --endpoint gelten nur beim Start.</translation>
    </message>
    <message>
        <source>Select two events to compare (Ctrl+click).</source>
        <translation>Wählen Sie zwei Ereignisse zum Vergleichen (Strg+Klick).</translation>
    </message>
    <message>
        <source>Select two deliveries to compare (Ctrl+click).</source>
        <translation>Wählen Sie zwei Zustellungen zum Vergleichen (Strg+Klick).</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1&lt;/b&gt; %2 %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; %2 %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Choose a delivery first.</source>
        <translation>Wählen Sie zuerst eine Zustellung.</translation>
    </message>
    <message>
        <source>This body is binary or large: export it as curl with hookscope export --format curl, which writes it to a file.</source>
        <translation>Dieser Body ist binär oder groß: exportieren Sie ihn als curl mit hookscope export --format curl, das ihn in eine Datei schreibt.</translation>
    </message>
    <message>
        <source>Copied a curl command for delivery #%1.</source>
        <translation>curl-Befehl für Zustellung #%1 kopiert.</translation>
    </message>
    <message>
        <source>Import deliveries</source>
        <translation>Zustellungen importieren</translation>
    </message>
    <message>
        <source>NDJSON or HAR (*.ndjson *.jsonl *.har *.json);;All files (*)</source>
        <translation>NDJSON oder HAR (*.ndjson *.jsonl *.har *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln deliveries…</source>
        <translation>
            <numerusform>%Ln Zustellung importiert…</numerusform>
            <numerusform>%Ln Zustellungen importiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln deliveries from %1.</source>
        <translation>
            <numerusform>%Ln Zustellung aus %1 importiert.</numerusform>
            <numerusform>%Ln Zustellungen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items could not be read:</source>
        <translation>
            <numerusform>%Ln Eintrag konnte nicht gelesen werden:</numerusform>
            <numerusform>%Ln Einträge konnten nicht gelesen werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export selected…</source>
        <translation>Ausgewählte &amp;exportieren…</translation>
    </message>
    <message>
        <source>Copy as &amp;curl command</source>
        <translation>Als &amp;curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>C&amp;ompare the two selected</source>
        <translation>Die zwei ausgewählten &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;Clear the deliveries of %1…</source>
        <translation>Zustellungen von %1 &amp;löschen…</translation>
    </message>
    <message>
        <source>Clear deliveries</source>
        <translation>Zustellungen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln deliveries of %1 from the store?</source>
        <translation>
            <numerusform>Die %Ln Zustellung von %1 aus dem Speicher löschen?</numerusform>
            <numerusform>Die %Ln Zustellungen von %1 aus dem Speicher löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their bodies, events and search words go too. This cannot be undone; export them first to keep a copy.</source>
        <translation>Ihre Bodys, Ereignisse und Suchwörter werden mitgelöscht. Das kann nicht rückgängig gemacht werden; exportieren Sie sie vorher, um eine Kopie zu behalten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deliveries can be cleared while the capture server runs.</source>
        <translation>Zustellungen können gelöscht werden, während der Capture-Server läuft.</translation>
    </message>
    <message>
        <source>Clearing deliveries…</source>
        <translation>Zustellungen werden gelöscht…</translation>
    </message>
    <message>
        <source>Delivery #%1 is no longer stored.</source>
        <translation>Zustellung #%1 ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The endpoints were not saved: %1</source>
        <translation>Die Endpunkte wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Capture server not restarted: %1</source>
        <translation>Capture-Server nicht neu gestartet: %1</translation>
    </message>
    <message>
        <source>Read-only, capture is off: the delivery store cannot be written (%1). Quit and start Hookscope with another data directory to capture.</source>
        <translation>Schreibgeschützt, Empfang aus: in den Zustellungsspeicher kann nicht geschrieben werden (%1). Beenden Sie Hookscope und starten Sie es mit einem anderen Datenverzeichnis, um zu empfangen.</translation>
    </message>
    <message>
        <source>&amp;Replay…</source>
        <translation>&amp;Wiederholen…</translation>
    </message>
    <message>
        <source>Choose the deliveries to replay first.</source>
        <translation>Wählen Sie zuerst die zu wiederholenden Zustellungen.</translation>
    </message>
    <message>
        <source>Replay sends at most %1 deliveries at a time; the oldest %1 of the selection are offered.</source>
        <translation>Wiederholen sendet höchstens %1 Zustellungen auf einmal; die ältesten %1 der Auswahl werden angeboten.</translation>
    </message>
    <message>
        <source>Deliveries other nodes store are not shown live: %1</source>
        <translation>Zustellungen anderer Knoten werden nicht live angezeigt: %1</translation>
    </message>
    <message>
        <source>The shared store cannot be reached: %1</source>
        <translation>Der gemeinsame Speicher ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Shared store %1 as node %2</source>
        <translation>Gemeinsamer Speicher %1 als Knoten %2</translation>
    </message>
</context>
<context>
    <name>hookscope::ReplayDialog</name>
    <message numerus="yes">
        <source>Replay %n deliveries</source>
        <translation>
            <numerusform>%n Zustellung wiederholen</numerusform>
            <numerusform>%n Zustellungen wiederholen</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep every original header (Host and hop-by-hop ones too)</source>
        <translation>Jeden ursprünglichen Header behalten (auch Host und Hop-by-Hop-Header)</translation>
    </message>
    <message>
        <source>No: send the original signature headers</source>
        <translation>Nein: die ursprünglichen Signatur-Header senden</translation>
    </message>
    <message>
        <source>The secret the receiver verifies with</source>
        <translation>Das Secret, mit dem der Empfänger prüft</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Senden an:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Sign again:</source>
        <translation>Neu signieren:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret:</translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation>%v von %m gesendet</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <source>Each answer shows here when its row is chosen.</source>
        <translation>Jede Antwort erscheint hier, wenn ihre Zeile gewählt ist.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Noch nicht gesendet.</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation>Neu signieren</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL to send the deliveries to.</source>
        <translation>Geben Sie eine http://- oder https://-URL ein, an die die Zustellungen gehen.</translation>
    </message>
    <message>
        <source>Enter the secret to sign with, or choose not to sign again.</source>
        <translation>Geben Sie das Secret zum Signieren ein oder wählen Sie, nicht neu zu signieren.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>&amp;Replay again</source>
        <translation>E&amp;rneut wiederholen</translation>
    </message>
</context>
<context>
    <name>hookscope::ResponseView</name>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Show the body exactly as it came, not indented</source>
        <translation>Den Body genau so zeigen, wie er kam, nicht eingerückt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Gesendete Anfrage</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
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
        <translation>(Body)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
</context>
<context>
    <name>hookscope::SettingsDialog</name>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delay (ms)</source>
        <translation>Verzögerung (ms)</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Weiterleiten an</translation>
    </message>
    <message>
        <source>Vendor gets</source>
        <translation>Anbieter erhält</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>(detect)</source>
        <translation>(erkennen)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>(gesetzt)</translation>
    </message>
    <message>
        <source>Each delivery is sent on to this URL (your app), body byte for byte, so its signature still verifies there</source>
        <translation>Jede Zustellung wird an diese URL (Ihre App) weitergeleitet, der Body Byte für Byte, sodass ihre Signatur dort noch stimmt</translation>
    </message>
    <message>
        <source>the provider&apos;s answer</source>
        <translation>die Antwort des Anbieters</translation>
    </message>
    <message>
        <source>your app&apos;s answer</source>
        <translation>die Antwort Ihrer App</translation>
    </message>
    <message>
        <source>Endpoint secret</source>
        <translation>Secret des Endpunkts</translation>
    </message>
    <message>
        <source>Secret for %1 (empty to remove):</source>
        <translation>Secret für %1 (leer zum Entfernen):</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot;: a path starts with /, a status is 100-599 and a forward target is an http:// or https:// URL.</source>
        <translation>Endpunkt „%1“: ein Pfad beginnt mit /, ein Status liegt zwischen 100 und 599 und ein Weiterleitungsziel ist eine http://- oder https://-URL.</translation>
    </message>
</context>
<context>
    <name>hookscope::SidebarModel</name>
    <message>
        <source>All deliveries</source>
        <translation>Alle Zustellungen</translation>
    </message>
    <message>
        <source>(no endpoint)</source>
        <translation>(kein Endpunkt)</translation>
    </message>
    <message>
        <source>(unrecognised)</source>
        <translation>(nicht erkannt)</translation>
    </message>
    <message>
        <source>(no event type)</source>
        <translation>(kein Ereignistyp)</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>hookscope::TemplateListModel</name>
    <message>
        <source>%1
saved %2</source>
        <translation>%1
gespeichert %2</translation>
    </message>
</context>
<context>
    <name>hookscope::TimelineWidget</name>
    <message>
        <source>Deliveries over time. Drag to filter by a time range; double-click to clear.</source>
        <translation>Zustellungen im Zeitverlauf. Ziehen filtert nach einem Zeitraum, Doppelklick hebt den Filter auf.</translation>
    </message>
    <message>
        <source>No deliveries in this time range</source>
        <translation>Keine Zustellungen in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deliveries</source>
        <translation>
            <numerusform>%1: %n Zustellung</numerusform>
            <numerusform>%1: %n Zustellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%n not answered 2xx</source>
        <translation>
            <numerusform>
%n nicht mit 2xx beantwortet</numerusform>
            <numerusform>
%n nicht mit 2xx beantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%n with an invalid signature</source>
        <translation>
            <numerusform>
%n mit ungültiger Signatur</numerusform>
            <numerusform>
%n mit ungültiger Signatur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookscope::TrayIcon</name>
    <message>
        <source>&amp;Copy capture URL</source>
        <translation>Capture-URL &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Quit Hookscope</source>
        <translation>Hookscope &amp;beenden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deliveries</source>
        <translation>
            <numerusform>%Ln Zustellung</numerusform>
            <numerusform>%Ln Zustellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture server stopped</source>
        <translation>Capture-Server gestoppt</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <source>Hookscope: %1
%2</source>
        <translation>Hookscope: %1
%2</translation>
    </message>
    <message>
        <source>&amp;Hide window</source>
        <translation>Fenster &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>Fenster &amp;zeigen</translation>
    </message>
</context>
<context>
    <name>hookscope::TunnelPanel</name>
    <message>
        <source>public URL</source>
        <translation>öffentliche URL</translation>
    </message>
    <message>
        <source>The capture server now listens on %1; restart the tunnel to follow it.</source>
        <translation>Der Capture-Server lauscht jetzt auf %1; starten Sie den Tunnel neu, damit er folgt.</translation>
    </message>
    <message>
        <source>%1, found on PATH</source>
        <translation>%1, auf PATH gefunden</translation>
    </message>
    <message>
        <source>Private key for ssh</source>
        <translation>Privater Schlüssel für ssh</translation>
    </message>
    <message>
        <source>The capture server is not running.</source>
        <translation>Der Capture-Server läuft nicht.</translation>
    </message>
    <message>
        <source>No tunnel</source>
        <translation>Kein Tunnel</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 wird gestartet…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The capture server is not running</source>
        <translation>Der Capture-Server läuft nicht</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the URL of %1</source>
        <translation>Die URL von %1 kopieren</translation>
    </message>
    <message>
        <source>URL of %1</source>
        <translation>URL von %1</translation>
    </message>
    <message>
        <source>Every path is captured: %1/anything. Name endpoints in Settings (Ctrl+,) to see the URL of each here.</source>
        <translation>Jeder Pfad wird empfangen: %1/beliebig. Benennen Sie Endpunkte in den Einstellungen (Strg+,), um hier die URL von jedem zu sehen.</translation>
    </message>
</context>
<context>
    <name>tunnel</name>
    <message>
        <source>The capture server&apos;s port is needed (it is not running?).</source>
        <translation>Der Port des Capture-Servers wird gebraucht (läuft er nicht?).</translation>
    </message>
    <message>
        <source>ssh needs the server to forward from, as user@host.</source>
        <translation>ssh braucht den Server, von dem weitergeleitet wird, als user@host.</translation>
    </message>
    <message>
        <source>A port is between 1 and 65535.</source>
        <translation>Ein Port liegt zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>An ssh option is written NAME=VALUE, as after -o: &quot;%1&quot;</source>
        <translation>Eine ssh-Option wird NAME=WERT geschrieben, wie nach -o: „%1“</translation>
    </message>
    <message>
        <source>%1 is not an executable program.</source>
        <translation>%1 ist kein ausführbares Programm.</translation>
    </message>
    <message>
        <source>Unknown tunnel tool &quot;%1&quot;; Hookscope knows %2.</source>
        <translation>Unbekanntes Tunnelwerkzeug „%1“; Hookscope kennt %2.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>Tunnel up: %1</source>
        <translation>Tunnel aktiv: %1</translation>
    </message>
    <message>
        <source>No public URL appeared within the start timeout (%1 s).</source>
        <translation>Innerhalb der Startzeit (%1 s) ist keine öffentliche URL erschienen.</translation>
    </message>
    <message>
        <source>Could not run %1: %2</source>
        <translation>%1 konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>%1 ended by a signal</source>
        <translation>%1 wurde durch ein Signal beendet</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 wurde mit Code %2 beendet</translation>
    </message>
    <message>
        <source>The tunnel closed: %1.</source>
        <translation>Der Tunnel wurde geschlossen: %1.</translation>
    </message>
    <message>
        <source>The tunnel did not open: %1.</source>
        <translation>Der Tunnel ging nicht auf: %1.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cloudflare quick tunnel</source>
        <translation>Cloudflare Quick Tunnel</translation>
    </message>
    <message>
        <source>cloudflared is not installed. Download it from https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/ (on Debian and Ubuntu: the cloudflared .deb from that page, or Cloudflare&apos;s apt repository pkg.cloudflare.com). A quick tunnel needs no account.</source>
        <translation>cloudflared ist nicht installiert. Laden Sie es von https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/ herunter (unter Debian und Ubuntu: das cloudflared-.deb von dieser Seite oder Cloudflares apt-Repository pkg.cloudflare.com). Ein Quick Tunnel braucht kein Konto.</translation>
    </message>
    <message>
        <source>ngrok</source>
        <translation>ngrok</translation>
    </message>
    <message>
        <source>ngrok is not installed. Download it from https://ngrok.com/download (on Debian and Ubuntu also from ngrok&apos;s apt repository), then run &quot;ngrok config add-authtoken TOKEN&quot; with the token of your ngrok account.</source>
        <translation>ngrok ist nicht installiert. Laden Sie es von https://ngrok.com/download herunter (unter Debian und Ubuntu auch aus dem apt-Repository von ngrok) und führen Sie dann „ngrok config add-authtoken TOKEN“ mit dem Token Ihres ngrok-Kontos aus.</translation>
    </message>
    <message>
        <source>localtunnel</source>
        <translation>localtunnel</translation>
    </message>
    <message>
        <source>localtunnel is not installed, and there is no npx to fetch it. Install Node.js (on Debian and Ubuntu: apt install nodejs npm), then &quot;npm install -g localtunnel&quot;, or let Hookscope run it through npx.</source>
        <translation>localtunnel ist nicht installiert, und es gibt kein npx, um es zu holen. Installieren Sie Node.js (unter Debian und Ubuntu: apt install nodejs npm), dann „npm install -g localtunnel“, oder lassen Sie Hookscope es über npx ausführen.</translation>
    </message>
    <message>
        <source>ssh -R to your server</source>
        <translation>ssh -R zu Ihrem Server</translation>
    </message>
    <message>
        <source>ssh is not installed. On Debian and Ubuntu: apt install openssh-client.</source>
        <translation>ssh ist nicht installiert. Unter Debian und Ubuntu: apt install openssh-client.</translation>
    </message>
</context>
</TS>
