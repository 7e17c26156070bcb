<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ComposerWindow</name>
    <message>
        <source>Compose a delivery — Hookscope</source>
        <translation>Skapa en leverans — Hookscope</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Every send, newest first. Double-click to open it again.</source>
        <translation>Varje sändning, nyaste först. Dubbelklicka för att öppna den igen.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Put this send back into the composer, with its answer</source>
        <translation>Lägg tillbaka den här sändningen i redigeraren, med sitt svar</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Rensa…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <source>Saved deliveries. Double-click to open, F2 to rename.</source>
        <translation>Sparade leveranser. Dubbelklicka för att öppna, F2 för att byta namn.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <source>Keep what is in the composer as a template</source>
        <translation>Spara det som finns i redigeraren som en mall</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-metod</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8787/endpoint</source>
        <translation>http://127.0.0.1:8787/endpoint</translation>
    </message>
    <message>
        <source>Where to send it. By default this Hookscope&apos;s own capture server, at the provider&apos;s endpoint.</source>
        <translation>Vart den skickas. Som standard till den här Hookscopes egen mottagningsserver, på leverantörens endpoint.</translation>
    </message>
    <message>
        <source>How many times to send it</source>
        <translation>Hur många gånger den skickas</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>At most this many requests in flight at once</source>
        <translation>Högst så här många förfrågningar samtidigt</translation>
    </message>
    <message>
        <source> at once</source>
        <translation> samtidigt</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Skicka (Ctrl+Retur)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v av %m</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Leverantör</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Händelse</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Lägg till händelse</translation>
    </message>
    <message>
        <source>Add another event to this batch delivery</source>
        <translation>Lägg till ytterligare en händelse i den här samlade leveransen</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Ta bort händelse</translation>
    </message>
    <message>
        <source>Remove the chosen event from the batch</source>
        <translation>Ta bort den valda händelsen ur den samlade leveransen</translation>
    </message>
    <message>
        <source>Reset to sample</source>
        <translation>Återställ till exempel</translation>
    </message>
    <message>
        <source>Load the bundled sample of this event type again</source>
        <translation>Läs in det medföljande exemplet för den här händelsetypen igen</translation>
    </message>
    <message>
        <source>Randomize</source>
        <translation>Slumpa</translation>
    </message>
    <message>
        <source>Fill every field with a realistic new value (Ctrl+R); pinned fields keep theirs</source>
        <translation>Fyll varje fält med ett nytt, realistiskt värde (Ctrl+R); fästa fält behåller sina</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Lägg till element</translation>
    </message>
    <message>
        <source>Add an item to the chosen list (a copy of its last item)</source>
        <translation>Lägg till ett element i den valda listan (en kopia av dess sista element)</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Ta bort element</translation>
    </message>
    <message>
        <source>Remove the chosen list item</source>
        <translation>Ta bort det valda listelementet</translation>
    </message>
    <message>
        <source>Set null</source>
        <translation>Sätt till null</translation>
    </message>
    <message>
        <source>Make the chosen field null, or give a null field a value</source>
        <translation>Sätt det valda fältet till null, eller ge ett null-fält ett värde</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Expandera alla</translation>
    </message>
    <message>
        <source>Where the body breaks the event&apos;s JSON Schema. Click one to go to the field.</source>
        <translation>Där bodyn bryter mot händelsens JSON Schema. Klicka på en för att gå till fältet.</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Lägg till header</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Vendor defaults</source>
        <translation>Leverantörens standard</translation>
    </message>
    <message>
        <source>The headers this provider sends (Content-Type, User-Agent, event type)</source>
        <translation>De headers som den här leverantören skickar (Content-Type, User-Agent, händelsetyp)</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signering</translation>
    </message>
    <message>
        <source>&amp;Scheme</source>
        <translation>&amp;Schema</translation>
    </message>
    <message>
        <source>S&amp;ecret</source>
        <translation>&amp;Hemlighet</translation>
    </message>
    <message>
        <source>the webhook secret (whsec_…, a Phasio key, a token)</source>
        <translation>webhookens hemlighet (whsec_…, en Phasio-nyckel, en token)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generera</translation>
    </message>
    <message>
        <source>A new random secret in the form this scheme uses</source>
        <translation>En ny slumpad hemlighet i den form som det här schemat använder</translation>
    </message>
    <message>
        <source>Generic HMAC</source>
        <translation>Generisk HMAC</translation>
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
        <translation>Algoritm</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodning</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>e.g. sha256=</source>
        <translation>t.ex. sha256=</translation>
    </message>
    <message>
        <source>&lt;b&gt;Response&lt;/b&gt;</source>
        <translation>&lt;b&gt;Svar&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Compare deliveries</source>
        <translation>Jämför leveranser</translation>
    </message>
    <message>
        <source>Show unchanged fields</source>
        <translation>Visa oförändrade fält</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export deliveries</source>
        <translation>Exportera leveranser</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Leveranser</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Markerade</translation>
    </message>
    <message>
        <source>What the list shows</source>
        <translation>Det som listan visar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>&amp;Mask credentials (Authorization, cookies, signature, token and API-key headers)</source>
        <translation>&amp;Maskera inloggningsuppgifter (Authorization, cookies, signatur-, token- och API-nyckel-headers)</translation>
    </message>
    <message>
        <source>For &amp;Excel (byte order mark, no formulas)</source>
        <translation>För &amp;Excel (byte order mark, inga formler)</translation>
    </message>
    <message>
        <source>Send &amp;to</source>
        <translation>Skicka &amp;till</translation>
    </message>
    <message>
        <source>each delivery&apos;s own Host, or e.g. http://localhost:3000</source>
        <translation>varje leverans egen Host, eller t.ex. http://localhost:3000</translation>
    </message>
    <message>
        <source>None for this format.</source>
        <translation>Inga för det här formatet.</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>&amp;Spara i</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>NDJSON (lossless, imports back)</source>
        <translation>NDJSON (förlustfritt, kan importeras igen)</translation>
    </message>
    <message>
        <source>A line per delivery with everything: headers in wire order, the body byte for byte, the response. Hookscope imports it back unchanged.</source>
        <translation>En rad per leverans med allt: headers i den ordning de skickades, bodyn byte för byte, svaret. Hookscope importerar den oförändrad igen.</translation>
    </message>
    <message>
        <source>HAR 1.2</source>
        <translation>HAR 1.2</translation>
    </message>
    <message>
        <source>For browser dev tools and HAR viewers: an entry per delivery, bodies that are not text in base64. Hookscope imports it back too.</source>
        <translation>För webbläsarens utvecklarverktyg och HAR-visare: en post per leverans, bodies som inte är text i base64. Hookscope importerar även den igen.</translation>
    </message>
    <message>
        <source>CSV, per event type</source>
        <translation>CSV, per händelsetyp</translation>
    </message>
    <message>
        <source>A row per event and a column per field of the event type (RFC 4180, UTF-8); headers and arrays are left out.</source>
        <translation>En rad per händelse och en kolumn per fält i händelsetypen (RFC 4180, UTF-8); headers och arrayer utelämnas.</translation>
    </message>
    <message>
        <source>JSON array, per event type</source>
        <translation>JSON-array, per händelsetyp</translation>
    </message>
    <message>
        <source>Each event exactly as it was in the body, with its delivery, time and schema errors.</source>
        <translation>Varje händelse exakt som den var i bodyn, med sin leverans, tid och schemafel.</translation>
    </message>
    <message>
        <source>curl commands (bash script)</source>
        <translation>curl-kommandon (bash-skript)</translation>
    </message>
    <message>
        <source>A curl command per delivery that sends it again: method, headers and the exact body. Binary bodies go to files beside the script.</source>
        <translation>Ett curl-kommando per leverans som skickar den igen: metod, headers och den exakta bodyn. Binära bodies hamnar i filer bredvid skriptet.</translation>
    </message>
    <message>
        <source>Raw body of the delivery</source>
        <translation>Leveransens råa body</translation>
    </message>
    <message>
        <source>The body&apos;s bytes as they arrived, still compressed or encrypted if they were.</source>
        <translation>Bodyns byte som de kom, fortfarande komprimerade eller krypterade om de var det.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search bodies, headers and paths (Ctrl+F)</source>
        <translation>Sök i bodies, headers och sökvägar (Ctrl+F)</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-metod</translation>
    </message>
    <message>
        <source>Status Hookscope answered with</source>
        <translation>Status som Hookscope svarade med</translation>
    </message>
    <message>
        <source>Signature check result</source>
        <translation>Resultat av signaturkontrollen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
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
        <translation>Sätt det här fältet till null</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Not forwarded to %1:
%2</source>
        <translation>Inte vidarebefordrad till %1:
%2</translation>
    </message>
    <message>
        <source>Forwarded to %1, answered in %2 ms:</source>
        <translation>Vidarebefordrad till %1, besvarad på %2 ms:</translation>
    </message>
    <message>
        <source>(the body is cut at %1 here)</source>
        <translation>(bodyn är avkortad vid %1 här)</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultat:</translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation>Schema:</translation>
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
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp u&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiera &amp;länkplats</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Mottagning</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Lyssna på</translation>
    </message>
    <message>
        <source>127.0.0.1:8787</source>
        <translation>127.0.0.1:8787</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts deliveries from this machine only; 0.0.0.0 from anywhere that can reach it. Changing it restarts the capture server; deliveries in flight are answered first.</source>
        <translation>127.0.0.1 tar bara emot leveranser från den här datorn, 0.0.0.0 från alla som kan nå den. En ändring startar om mottagningsservern; pågående leveranser besvaras först.</translation>
    </message>
    <message>
        <source>Largest body</source>
        <translation>Största body</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Time to send headers</source>
        <translation>Tid för att skicka headers</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time to send a request</source>
        <translation>Tid för att skicka en förfrågan</translation>
    </message>
    <message>
        <source>Idle connections closed after</source>
        <translation>Stäng inaktiva anslutningar efter</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datakatalog</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>Deliveries to an endpoint&apos;s path (and below it) belong to its provider, are checked and decrypted with its secret, are answered with its status, and can be forwarded to your app. Secrets are kept in the system keychain where there is one, otherwise in a file only you can read.</source>
        <translation>Leveranser till en endpoints sökväg (och under den) hör till dess leverantör, kontrolleras och dekrypteras med dess hemlighet, besvaras med dess status och kan vidarebefordras till din app. Hemligheter sparas i systemets nyckelring där det finns en, annars i en fil som bara du kan läsa.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Set secret…</source>
        <translation>Ange hemlighet…</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <source>Keep only the newest</source>
        <translation>Behåll bara de senaste</translation>
    </message>
    <message>
        <source> deliveries</source>
        <translation> leveranserna</translation>
    </message>
    <message>
        <source>Keep only the last</source>
        <translation>Behåll bara de senaste</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagarna</translation>
    </message>
    <message>
        <source>Older deliveries are deleted from the store while Hookscope captures, a little at a time, without holding up capture. Imported deliveries count by the time they were first received. To delete deliveries now, right-click an endpoint or provider in the sidebar.</source>
        <translation>Äldre leveranser tas bort ur lagret medan Hookscope tar emot, lite i taget, utan att hålla upp mottagningen. Importerade leveranser räknas efter när de först togs emot. Högerklicka på en endpoint eller leverantör i sidofältet för att ta bort leveranser nu.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>Ett nytt språk gäller från nästa start.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Skrivbord</translation>
    </message>
    <message>
        <source>Show an icon in the system tray (closing the window keeps capturing)</source>
        <translation>Visa en ikon i systemfältet (att stänga fönstret fortsätter mottagningen)</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Det här skrivbordet har inget systemfält.</translation>
    </message>
    <message>
        <source>Tell me when the first delivery of a new event type arrives</source>
        <translation>Meddela mig när den första leveransen av en ny händelsetyp kommer</translation>
    </message>
    <message>
        <source>Shared store</source>
        <translation>Delat lager</translation>
    </message>
    <message>
        <source>postgres://user@host/database (empty: this data directory&apos;s own store)</source>
        <translation>postgres://användare@värd/databas (tomt: datakatalogens eget lager)</translation>
    </message>
    <message>
        <source>Node name</source>
        <translation>Nodnamn</translation>
    </message>
    <message>
        <source>A PostgreSQL database that other capture nodes and consoles share: every delivery any of them captures is shown here as it arrives, with the name of the node that took it. Applies from the next start; --store on the command line comes first.</source>
        <translation>En PostgreSQL-databas som andra mottagarnoder och konsoler delar: varje leverans som någon av dem tar emot visas här när den kommer, med namnet på noden som tog emot den. Gäller från nästa start; --store på kommandoraden går före.</translation>
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
        <translation>Som Stripe (Stripe-Signature)</translation>
    </message>
    <message>
        <source>GitHub-style (X-Hub-Signature-256)</source>
        <translation>Som GitHub (X-Hub-Signature-256)</translation>
    </message>
    <message>
        <source>Phasio: encrypt, then sign</source>
        <translation>Phasio: kryptera, sedan signera</translation>
    </message>
    <message>
        <source>Generic HMAC header</source>
        <translation>Generisk HMAC-header</translation>
    </message>
    <message>
        <source>Token header (Authorization: Bearer …)</source>
        <translation>Token-header (Authorization: Bearer …)</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Hookscope is already running with the data directory %1 (process %2) but does not answer.</source>
        <translation>Hookscope körs redan med datakatalogen %1 (process %2) men svarar inte.</translation>
    </message>
</context>
<context>
    <name>StoreProblemPrompt</name>
    <message>
        <source>Delivery store cannot be used</source>
        <translation>Leveranslagret kan inte användas</translation>
    </message>
    <message>
        <source>The delivery store was written by a newer version of Hookscope.</source>
        <translation>Leveranslagret skrevs av en nyare version av Hookscope.</translation>
    </message>
    <message>
        <source>The delivery store is damaged.</source>
        <translation>Leveranslagret är skadat.</translation>
    </message>
    <message>
        <source>%1

Problem: %2.

Nothing has been changed in it.</source>
        <translation>%1

Problem: %2.

Ingenting har ändrats i det.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Öppna skrivskyddat</translation>
    </message>
    <message>
        <source>Start a new data directory…</source>
        <translation>Börja en ny datakatalog…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Choose or create an empty data directory</source>
        <translation>Välj eller skapa en tom datakatalog</translation>
    </message>
    <message>
        <source>That is the data directory whose store cannot be used; choose another.</source>
        <translation>Det är datakatalogen vars lager inte kan användas; välj en annan.</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datakatalog</translation>
    </message>
    <message>
        <source>You can look at what it holds read-only, with capture off, start a new data directory (this one is left as it is), or quit.</source>
        <translation>Du kan titta på vad det innehåller skrivskyddat, utan mottagning, börja en ny datakatalog (den här lämnas som den är) eller avsluta.</translation>
    </message>
    <message>
        <source>It cannot be opened even to read it. You can start a new data directory (this one is left as it is), or quit.</source>
        <translation>Det går inte ens att öppna för läsning. Du kan börja en ny datakatalog (den här lämnas som den är) eller avsluta.</translation>
    </message>
</context>
<context>
    <name>TunnelPanel</name>
    <message>
        <source>Make the capture server reachable from a vendor&apos;s cloud with a tunnel program you have.</source>
        <translation>Gör mottagningsservern nåbar från en leverantörs moln med ett tunnelprogram som du har.</translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation>&amp;Verktyg:</translation>
    </message>
    <message>
        <source>Your ssh server</source>
        <translation>Din ssh-server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>user@host.example.com</source>
        <translation>användare@host.example.com</translation>
    </message>
    <message>
        <source>ssh &amp;port:</source>
        <translation>ssh-&amp;port:</translation>
    </message>
    <message>
        <source>default (22)</source>
        <translation>standard (22)</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Nyckelfil:</translation>
    </message>
    <message>
        <source>your ssh agent or default key</source>
        <translation>din ssh-agent eller standardnyckel</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a private key file</source>
        <translation>Välj en privat nyckelfil</translation>
    </message>
    <message>
        <source>&amp;Remote port:</source>
        <translation>&amp;Fjärrport:</translation>
    </message>
    <message>
        <source>The port the server listens on for the world; it is public only with GatewayPorts in its sshd_config</source>
        <translation>Porten som servern lyssnar på utåt; den är publik bara med GatewayPorts i dess sshd_config</translation>
    </message>
    <message>
        <source>any free one</source>
        <translation>valfri ledig</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Alternativ:</translation>
    </message>
    <message>
        <source>ssh options as after -o, separated by spaces</source>
        <translation>ssh-alternativ som efter -o, åtskilda med mellanslag</translation>
    </message>
    <message>
        <source>NAME=VALUE …</source>
        <translation>NAMN=VÄRDE …</translation>
    </message>
    <message>
        <source>&amp;URL override:</source>
        <translation>&amp;Ersättnings-URL:</translation>
    </message>
    <message>
        <source>Where the world reaches the tunnel, when the tool cannot say (a reverse proxy in front of your ssh server)</source>
        <translation>Där omvärlden når tunneln, när verktyget inte kan säga det (en omvänd proxy framför din ssh-server)</translation>
    </message>
    <message>
        <source>as the tool says</source>
        <translation>som verktyget säger</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>Run this program instead of the one found on PATH</source>
        <translation>Kör det här programmet i stället för det som hittas i PATH</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>&amp;Ge upp efter:</translation>
    </message>
    <message>
        <source>Stop waiting when no public URL appeared by then</source>
        <translation>Sluta vänta om ingen publik URL har dykt upp till dess</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Start tunnel</source>
        <translation>&amp;Starta tunnel</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;oppa</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Publik URL</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy the public URL</source>
        <translation>Kopiera den publika URL:en</translation>
    </message>
    <message>
        <source>Paste this into the vendor&apos;s webhook settings:</source>
        <translation>Klistra in det här i leverantörens webhook-inställningar:</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Logg</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Capture server address (default 127.0.0.1:8787; port 0 picks a free port).</source>
        <translation>Mottagningsserverns adress (standard 127.0.0.1:8787; port 0 väljer en ledig port).</translation>
    </message>
    <message>
        <source>Directory of the delivery store (default %1).</source>
        <translation>Katalog för leveranslagret (standard %1).</translation>
    </message>
    <message>
        <source>Name an endpoint (repeatable): deliveries to /PATH belong to PROVIDER, are checked with the secret, answered with CODE after MS, and sent on to URL (answer=target: the vendor gets URL&apos;s answer).</source>
        <translation>Namnge en endpoint (kan upprepas): leveranser till /PATH hör till PROVIDER, kontrolleras med hemligheten, besvaras med CODE efter MS och skickas vidare till URL (answer=target: leverantören får svaret från URL).</translation>
    </message>
    <message>
        <source>Keep only the newest N deliveries; older ones are removed from the store.</source>
        <translation>Behåll bara de N senaste leveranserna; äldre tas bort ur lagret.</translation>
    </message>
    <message>
        <source>Keep only deliveries received in the last N days.</source>
        <translation>Behåll bara leveranser som tagits emot de senaste N dagarna.</translation>
    </message>
    <message>
        <source>Largest request body; larger ones are answered 413 without being read (default 25M).</source>
        <translation>Största body i en förfrågan; större besvaras med 413 utan att läsas (standard 25M).</translation>
    </message>
    <message>
        <source>Seconds a client has to send a request&apos;s headers (default 10).</source>
        <translation>Sekunder som en klient har på sig att skicka en förfrågans headers (standard 10).</translation>
    </message>
    <message>
        <source>Seconds a client has to send a whole request (default 60).</source>
        <translation>Sekunder som en klient har på sig att skicka en hel förfrågan (standard 60).</translation>
    </message>
    <message>
        <source>Seconds an idle kept-alive connection stays open (default 30).</source>
        <translation>Sekunder som en inaktiv keep-alive-anslutning hålls öppen (standard 30).</translation>
    </message>
    <message>
        <source>Connections served at once; more are answered 503 (default 2048).</source>
        <translation>Anslutningar som betjänas samtidigt; fler besvaras med 503 (standard 2048).</translation>
    </message>
    <message>
        <source>Export stored deliveries.
  ndjson  every delivery, lossless (import gives the same bytes back)
  har     HAR 1.2 for browser dev tools and HAR viewers
  csv     one event type&apos;s table, a row per event (--event-type, or -o DIR)
  json    one event type&apos;s events as a JSON array (--event-type, or -o DIR)
  curl    a bash script, one curl command per delivery
  raw     the body of one delivery (--id)</source>
        <translation>Exportera sparade leveranser.
  ndjson  varje leverans, förlustfritt (import ger tillbaka samma byte)
  har     HAR 1.2 för webbläsarens utvecklarverktyg och HAR-visare
  csv     en händelsetyps tabell, en rad per händelse (--event-type, eller -o DIR)
  json    en händelsetyps händelser som en JSON-array (--event-type, eller -o DIR)
  curl    ett bash-skript, ett curl-kommando per leverans
  raw     bodyn i en leverans (--id)</translation>
    </message>
    <message>
        <source>Store directory.</source>
        <translation>Lagringskatalog.</translation>
    </message>
    <message>
        <source>ndjson (default), har, csv, json, curl or raw.</source>
        <translation>ndjson (standard), har, csv, json, curl eller raw.</translation>
    </message>
    <message>
        <source>Only this event type.</source>
        <translation>Bara den här händelsetypen.</translation>
    </message>
    <message>
        <source>Only this provider.</source>
        <translation>Bara den här leverantören.</translation>
    </message>
    <message>
        <source>Only this delivery (repeat for more).</source>
        <translation>Bara den här leveransen (upprepa för fler).</translation>
    </message>
    <message>
        <source>curl: send to this base URL instead of the delivery&apos;s Host (the target is appended).</source>
        <translation>curl: skicka till den här bas-URL:en i stället för leveransens Host (målet läggs till).</translation>
    </message>
    <message>
        <source>curl, har: write Authorization, signature and token headers as &lt;redacted&gt;.</source>
        <translation>curl, har: skriv Authorization-, signatur- och token-headers som &lt;redacted&gt;.</translation>
    </message>
    <message>
        <source>csv: byte order mark, and no formulas, for Excel.</source>
        <translation>csv: byte order mark och inga formler, för Excel.</translation>
    </message>
    <message>
        <source>Write to FILE (a directory for csv/json without --event-type), not stdout.</source>
        <translation>Skriv till FILE (en katalog för csv/json utan --event-type), inte till stdout.</translation>
    </message>
    <message>
        <source>Import deliveries from an NDJSON export or a HAR file into the store.</source>
        <translation>Importera leveranser från en NDJSON-export eller en HAR-fil till lagret.</translation>
    </message>
    <message>
        <source>NDJSON or HAR file (detected from its content).</source>
        <translation>NDJSON- eller HAR-fil (känns igen på innehållet).</translation>
    </message>
    <message>
        <source>Send a stored delivery again: same method, the raw body byte for byte, the original headers without the hop-by-hop ones. Prints the answer like send.</source>
        <translation>Skicka en sparad leverans igen: samma metod, den råa bodyn byte för byte, de ursprungliga headers utan hop-by-hop-headers. Skriver ut svaret som send.</translation>
    </message>
    <message>
        <source>The delivery&apos;s id (as in export).</source>
        <translation>Leveransens id (som i export).</translation>
    </message>
    <message>
        <source>Where to send it.</source>
        <translation>Vart den skickas.</translation>
    </message>
    <message>
        <source>Keep every original header, Host and hop-by-hop ones included (Content-Length and Transfer-Encoding are always recomputed).</source>
        <translation>Behåll varje ursprunglig header, även Host och hop-by-hop-headers (Content-Length och Transfer-Encoding räknas alltid om).</translation>
    </message>
    <message>
        <source>Sign again with a new timestamp: standard-webhooks, stripe, github, phasio, hmac or header-token.</source>
        <translation>Signera igen med en ny tidsstämpel: standard-webhooks, stripe, github, phasio, hmac eller header-token.</translation>
    </message>
    <message>
        <source>List the bundled sample deliveries, one provider/event_type per line.</source>
        <translation>Lista de medföljande exempelleveranserna, en provider/event_type per rad.</translation>
    </message>
    <message>
        <source>Print the names only.</source>
        <translation>Skriv bara ut namnen.</translation>
    </message>
    <message>
        <source>A bundled sample (hookscope samples).</source>
        <translation>Ett medföljande exempel (hookscope samples).</translation>
    </message>
    <message>
        <source>Send this file&apos;s bytes (- for stdin).</source>
        <translation>Skicka den här filens byte (- för stdin).</translation>
    </message>
    <message>
        <source>Change a field: a dotted path (customers[0].email) or JSON pointer (/customers/0/email), = and the value, typed by the event&apos;s schema. Repeatable.</source>
        <translation>Ändra ett fält: en punktad sökväg (customers[0].email) eller JSON-pekare (/customers/0/email), = och värdet, typat enligt händelsens schema. Kan upprepas.</translation>
    </message>
    <message>
        <source>Add or replace a header. Repeatable.</source>
        <translation>Lägg till eller ersätt en header. Kan upprepas.</translation>
    </message>
    <message>
        <source>HTTP method (default: the provider&apos;s, POST).</source>
        <translation>HTTP-metod (standard: leverantörens, POST).</translation>
    </message>
    <message>
        <source>standard-webhooks, stripe, github, phasio, hmac, header-token or none (default with --sample and a secret: the provider&apos;s).</source>
        <translation>standard-webhooks, stripe, github, phasio, hmac, header-token eller none (standard med --sample och en hemlighet: leverantörens).</translation>
    </message>
    <message>
        <source>Send it N times and print a summary.</source>
        <translation>Skicka den N gånger och skriv ut en sammanfattning.</translation>
    </message>
    <message>
        <source>With --repeat: at most K in flight (default 8).</source>
        <translation>Med --repeat: högst K samtidigt (standard 8).</translation>
    </message>
    <message>
        <source>The webhook secret to sign (and for Phasio encrypt) with.</source>
        <translation>Webhookens hemlighet att signera (och för Phasio kryptera) med.</translation>
    </message>
    <message>
        <source>Read the secret from FILE (keeps it out of the process list); one trailing newline is ignored.</source>
        <translation>Läs hemligheten från FILE (håller den borta från processlistan); en avslutande radbrytning ignoreras.</translation>
    </message>
    <message>
        <source>With hmac: the signature header (X-Signature).</source>
        <translation>Med hmac: signaturens header (X-Signature).</translation>
    </message>
    <message>
        <source>With hmac: sha1, sha256 (default) or sha512.</source>
        <translation>Med hmac: sha1, sha256 (standard) eller sha512.</translation>
    </message>
    <message>
        <source>With hmac: hex (default) or base64.</source>
        <translation>Med hmac: hex (standard) eller base64.</translation>
    </message>
    <message>
        <source>With hmac: text before the digest, e.g. sha256=.</source>
        <translation>Med hmac: text före digesten, t.ex. sha256=.</translation>
    </message>
    <message>
        <source>Give up on an answer after SECONDS (default 30).</source>
        <translation>Ge upp att vänta på svar efter SECONDS sekunder (standard 30).</translation>
    </message>
    <message>
        <source>Print the request instead of sending it.</source>
        <translation>Skriv ut förfrågan i stället för att skicka den.</translation>
    </message>
    <message>
        <source>Send a webhook delivery: a bundled sample (or a file) with edits, signed like the vendor signs it. Prints the answer&apos;s status line, headers and body.</source>
        <translation>Skicka en webhook-leverans: ett medföljande exempel (eller en fil) med ändringar, signerad som leverantören signerar. Skriver ut svarets statusrad, headers och body.</translation>
    </message>
    <message>
        <source>The tunnel program: %1.</source>
        <translation>Tunnelprogrammet: %1.</translation>
    </message>
    <message>
        <source>The capture server to tunnel to (default 127.0.0.1:8787).</source>
        <translation>Mottagningsservern som tunneln går till (standard 127.0.0.1:8787).</translation>
    </message>
    <message>
        <source>Print URLs for the endpoints kept in this store directory (default %1).</source>
        <translation>Skriv ut URL:er för de endpoints som finns i den här lagringskatalogen (standard %1).</translation>
    </message>
    <message>
        <source>Print a URL for this endpoint too (repeatable).</source>
        <translation>Skriv ut en URL även för den här endpointen (kan upprepas).</translation>
    </message>
    <message>
        <source>ssh: the server that forwards to this machine.</source>
        <translation>ssh: servern som vidarebefordrar till den här datorn.</translation>
    </message>
    <message>
        <source>ssh: the server&apos;s ssh port.</source>
        <translation>ssh: serverns ssh-port.</translation>
    </message>
    <message>
        <source>ssh: the private key to log in with.</source>
        <translation>ssh: den privata nyckeln att logga in med.</translation>
    </message>
    <message>
        <source>ssh: an option as after -o (repeatable).</source>
        <translation>ssh: ett alternativ som efter -o (kan upprepas).</translation>
    </message>
    <message>
        <source>ssh: the port the server listens on for the world (default 0: the server picks one).</source>
        <translation>ssh: porten som servern lyssnar på utåt (standard 0: servern väljer en).</translation>
    </message>
    <message>
        <source>The URL the world reaches the tunnel at, when the tool cannot say (ssh behind a reverse proxy).</source>
        <translation>URL:en där omvärlden når tunneln, när verktyget inte kan säga det (ssh bakom en omvänd proxy).</translation>
    </message>
    <message>
        <source>Give up when no public URL appeared within this time (default 60).</source>
        <translation>Ge upp om ingen publik URL har dykt upp inom den här tiden (standard 60).</translation>
    </message>
    <message>
        <source>Run this program instead of the tool found on PATH.</source>
        <translation>Kör det här programmet i stället för verktyget som hittas i PATH.</translation>
    </message>
    <message>
        <source>Print the tool&apos;s own output (on stderr).</source>
        <translation>Skriv ut verktygets egen utdata (på stderr).</translation>
    </message>
    <message>
        <source>--via is required: %1</source>
        <translation>--via krävs: %1</translation>
    </message>
    <message>
        <source>--via &quot;%1&quot;: Hookscope knows %2</source>
        <translation>--via &quot;%1&quot;: Hookscope känner till %2</translation>
    </message>
    <message>
        <source>--listen needs the capture server&apos;s port (the one it printed), not 0</source>
        <translation>--listen behöver mottagningsserverns port (den som den skrev ut), inte 0</translation>
    </message>
    <message>
        <source>--public-url is an http:// or https:// URL</source>
        <translation>--public-url är en http://- eller https://-URL</translation>
    </message>
    <message>
        <source>--via ssh needs --ssh-host USER@HOST, the server that forwards to this machine</source>
        <translation>--via ssh behöver --ssh-host USER@HOST, servern som vidarebefordrar till den här datorn</translation>
    </message>
    <message>
        <source>--ssh-host, --ssh-port, --ssh-identity, --ssh-option and --remote-port go with --via ssh</source>
        <translation>--ssh-host, --ssh-port, --ssh-identity, --ssh-option och --remote-port hör till --via ssh</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3</source>
        <translation>--%1 tar ett tal från %2 till %3</translation>
    </message>
    <message>
        <source>--data-dir %1 is not a directory</source>
        <translation>--data-dir %1 är inte en katalog</translation>
    </message>
    <message>
        <source>Open a public tunnel to a running capture server with a program you have (cloudflared quick tunnel, ngrok, localtunnel, or ssh -R to a server of yours), print its URL and the URL of each endpoint to give the vendor, and keep it open until Ctrl+C.</source>
        <translation>Öppna en publik tunnel till en körande mottagningsserver med ett program som du har (cloudflared quick tunnel, ngrok, localtunnel eller ssh -R till en egen server), skriv ut dess URL och URL:en för varje endpoint att ge leverantören, och håll den öppen tills Ctrl+C.</translation>
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
        <translation>Testkonsol för webhooks: tar emot, avkodar, skapar och spelar upp webhook-leveranser.
Utan --headless öppnar den konsolfönstret.

Kommandon (hookscope KOMMANDO --help för vart och ett):
  export   skriv sparade leveranser som NDJSON, HAR, CSV, JSON, curl eller rå body
  import   läs leveranser från en NDJSON- eller HAR-fil
  samples  lista de medföljande exempelleveranserna
  send     skicka ett exempel eller en fil, redigerad och signerad som leverantören gör
  replay   skicka en sparad leverans igen, byte för byte
  tunnel   öppna en publik tunnel till mottagningsservern (cloudflared, ngrok,
           localtunnel eller ssh -R) och skriv ut URL:erna att ge leverantören</translation>
    </message>
    <message>
        <source>Capture without a window until SIGTERM.</source>
        <translation>Ta emot utan fönster tills SIGTERM.</translation>
    </message>
    <message>
        <source>With --headless: print one line per stored delivery.</source>
        <translation>Med --headless: skriv ut en rad per sparad leverans.</translation>
    </message>
    <message>
        <source>Capture server not started: %1</source>
        <translation>Mottagningsservern startades inte: %1</translation>
    </message>
    <message>
        <source>Name of this capture node, kept with every delivery it takes into a shared store (default: the host name).</source>
        <translation>Namnet på den här mottagarnoden, sparat med varje leverans den lägger i ett delat lager (standard: värdnamnet).</translation>
    </message>
    <message>
        <source>Keep deliveries in a PostgreSQL database that other capture nodes and consoles share, instead of the data directory&apos;s SQLite file (the journal stays in the data directory). A password is better kept in PGPASSWORD or ~/.pgpass than in the URL.</source>
        <translation>Spara leveranser i en PostgreSQL-databas som andra mottagarnoder och konsoler delar, i stället för datakatalogens SQLite-fil (journalen stannar i datakatalogen). Ett lösenord hör hellre hemma i PGPASSWORD eller ~/.pgpass än i URL:en.</translation>
    </message>
</context>
<context>
    <name>hookscope::ComposerFormModel</name>
    <message numerus="yes">
        <source>one of %n</source>
        <translation>
            <numerusform>en av %n</numerusform>
            <numerusform>en av %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept by Randomize: a field above it is pinned</source>
        <translation>Behålls av Slumpa: ett fält ovanför är fäst</translation>
    </message>
    <message>
        <source>Pin: Randomize keeps this value</source>
        <translation>Fäst: Slumpa behåller det här värdet</translation>
    </message>
    <message numerus="yes">
        <source>{%n fields}</source>
        <translation>
            <numerusform>{%n fält}</numerusform>
            <numerusform>{%n fält}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n element]</numerusform>
            <numerusform>[%n element]</numerusform>
        </translation>
    </message>
    <message>
        <source>Pattern: %1</source>
        <translation>Mönster: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fäst</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
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
        <translation>Skicka leveransen för att se svaret här.

Som standard går den till den här Hookscopes egen mottagningsserver, så den dyker upp i konsolen som en leverantörs leverans skulle göra.</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>Namnet ändrades inte: %1</translation>
    </message>
    <message>
        <source>None (a body of your own)</source>
        <translation>Ingen (en egen body)</translation>
    </message>
    <message>
        <source>The provider&apos;s (%1)</source>
        <translation>Leverantörens (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>Bodyn är tom.</translation>
    </message>
    <message>
        <source>Not JSON at line %1, column %2: %3</source>
        <translation>Inte JSON på rad %1, kolumn %2: %3</translation>
    </message>
    <message>
        <source>The form shows the last version that was JSON; fix the text to edit here again.</source>
        <translation>Formuläret visar den senaste versionen som var JSON; rätta texten för att kunna redigera här igen.</translation>
    </message>
    <message>
        <source>(the body)</source>
        <translation>(bodyn)</translation>
    </message>
    <message>
        <source>no provider, so no schema to check</source>
        <translation>ingen leverantör, alltså inget schema att kontrollera mot</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#27ae60&quot;&gt;matches the %1 schema&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#27ae60&quot;&gt;stämmer med schemat för %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Valid JSON · %1 · %2</source>
        <translation>Giltig JSON · %1 · %2</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 ändrat.</translation>
    </message>
    <message>
        <source>Give a value</source>
        <translation>Ange ett värde</translation>
    </message>
    <message>
        <source>Set null</source>
        <translation>Sätt till null</translation>
    </message>
    <message>
        <source>Item %1 added to %2.</source>
        <translation>Element %1 tillagt i %2.</translation>
    </message>
    <message>
        <source>Item %1 removed from %2.</source>
        <translation>Element %1 borttaget ur %2.</translation>
    </message>
    <message>
        <source>There is no sample event of type %1 to add.</source>
        <translation>Det finns ingen exempelhändelse av typen %1 att lägga till.</translation>
    </message>
    <message>
        <source>Event %1 (%2) added to the batch.</source>
        <translation>Händelse %1 (%2) tillagd i den samlade leveransen.</translation>
    </message>
    <message>
        <source>A batch delivery carries at least one event.</source>
        <translation>En samlad leverans innehåller minst en händelse.</translation>
    </message>
    <message>
        <source>Event %1 removed from the batch.</source>
        <translation>Händelse %1 borttagen ur den samlade leveransen.</translation>
    </message>
    <message numerus="yes">
        <source>Randomized %n fields.</source>
        <translation>
            <numerusform>%n fält slumpat.</numerusform>
            <numerusform>%n fält slumpade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Randomized %n fields; pinned ones kept.</source>
        <translation>
            <numerusform>%n fält slumpat; fästa behölls.</numerusform>
            <numerusform>%n fält slumpade; fästa behölls.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider&apos;s</source>
        <translation>Leverantörens</translation>
    </message>
    <message>
        <source>None: send unsigned</source>
        <translation>Inget: skicka osignerad</translation>
    </message>
    <message>
        <source>%1 does not sign its deliveries: they go out as composed.</source>
        <translation>%1 signerar inte sina leveranser: de skickas som de är skapade.</translation>
    </message>
    <message>
        <source>Sent unsigned, as composed.</source>
        <translation>Skickad osignerad, som den skapades.</translation>
    </message>
    <message>
        <source>Without a secret the body goes out as plain JSON, neither encrypted nor signed.</source>
        <translation>Utan hemlighet skickas bodyn som ren JSON, varken krypterad eller signerad.</translation>
    </message>
    <message>
        <source>Enter the secret to sign with; without one the delivery goes out unsigned.</source>
        <translation>Ange hemligheten att signera med; utan en skickas leveransen osignerad.</translation>
    </message>
    <message>
        <source>Added when sending: %1.</source>
        <translation>Läggs till vid sändning: %1.</translation>
    </message>
    <message>
        <source>The body is encrypted with the secret first (AES-256-GCM, as the provider file lays it out) and the encrypted text is signed.</source>
        <translation>Bodyn krypteras först med hemligheten (AES-256-GCM, som leverantörsfilen anger) och den krypterade texten signeras.</translation>
    </message>
    <message>
        <source>Header &quot;%1&quot; is not a valid header name.</source>
        <translation>Headern ”%1” är inte ett giltigt headernamn.</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signering</translation>
    </message>
    <message>
        <source>Enter the secret to sign with (Signing tab), or choose not to sign.</source>
        <translation>Ange hemligheten att signera med (fliken Signering), eller välj att inte signera.</translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation>bodyn är inte JSON</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Skickar till %1…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>Sending, although %1.</source>
        <translation>Skickar, fast %1.</translation>
    </message>
    <message>
        <source>Cancelled before an answer came.</source>
        <translation>Avbröts innan något svar kom.</translation>
    </message>
    <message>
        <source>The send was not kept in the history: %1</source>
        <translation>Sändningen sparades inte i historiken: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n answers.</source>
        <translation>
            <numerusform>Avbröts efter %n svar.</numerusform>
            <numerusform>Avbröts efter %n svar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered %1.</source>
        <translation>Besvarad: %1.</translation>
    </message>
    <message>
        <source>Opened the send of %1.</source>
        <translation>Öppnade sändningen från %1.</translation>
    </message>
    <message>
        <source>Opened the template &quot;%1&quot;.</source>
        <translation>Öppnade mallen ”%1”.</translation>
    </message>
    <message>
        <source>My delivery</source>
        <translation>Min leverans</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Spara som mall</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Replace the template &quot;%1&quot;?</source>
        <translation>Ersätta mallen ”%1”?</translation>
    </message>
    <message>
        <source>Saved the template &quot;%1&quot;.</source>
        <translation>Sparade mallen ”%1”.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Ta bort mall</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Ta bort mallen ”%1”?</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Rensa historik</translation>
    </message>
    <message numerus="yes">
        <source>Forget all %n sends?</source>
        <translation>
            <numerusform>Glömma %n sändning?</numerusform>
            <numerusform>Glömma alla %n sändningar?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema problems, listed below</source>
        <translation>
            <numerusform>%n schemaproblem, listat nedan</numerusform>
            <numerusform>%n schemaproblem, listade nedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent; all answered 2xx.</source>
        <translation>
            <numerusform>%n skickad; alla besvarade med 2xx.</numerusform>
            <numerusform>%n skickade; alla besvarade med 2xx.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent; not all answered 2xx.</source>
        <translation>
            <numerusform>%n skickad; inte alla besvarade med 2xx.</numerusform>
            <numerusform>%n skickade; inte alla besvarade med 2xx.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookscope::DeliveryDetailView</name>
    <message>
        <source>Tree</source>
        <translation>Träd</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Rå</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validering</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Select a delivery to see it here.</source>
        <translation>Välj en leverans för att se den här.</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Expandera alla</translation>
    </message>
    <message>
        <source>Expand every node</source>
        <translation>Expandera alla noder</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Fäll ihop</translation>
    </message>
    <message>
        <source>Collapse every node</source>
        <translation>Fäll ihop alla noder</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Kopiera värde</translation>
    </message>
    <message>
        <source>Copy the chosen value (Ctrl+C)</source>
        <translation>Kopiera det valda värdet (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Kopiera sökväg</translation>
    </message>
    <message>
        <source>Copy the chosen node&apos;s JSON path</source>
        <translation>Kopiera den valda nodens JSON-sökväg</translation>
    </message>
    <message>
        <source>Pretty-print</source>
        <translation>Formatera</translation>
    </message>
    <message>
        <source>Indent the JSON; byte positions then no longer match the original</source>
        <translation>Indentera JSON; bytepositionerna stämmer då inte längre med originalet</translation>
    </message>
    <message>
        <source>Decrypted</source>
        <translation>Dekrypterad</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vidarebefordran</translation>
    </message>
    <message>
        <source>Refused by Hookscope: %1. The body was not kept.</source>
        <translation>Avvisad av Hookscope: %1. Bodyn sparades inte.</translation>
    </message>
    <message>
        <source>This delivery has no body.</source>
        <translation>Den här leveransen har ingen body.</translation>
    </message>
    <message>
        <source>The body is not JSON (%1, %2).</source>
        <translation>Bodyn är inte JSON (%1, %2).</translation>
    </message>
    <message>
        <source>Decrypted with the endpoint&apos;s key.</source>
        <translation>Dekrypterad med endpointens nyckel.</translation>
    </message>
    <message>
        <source>JSON from the form field &quot;%1&quot;.</source>
        <translation>JSON från formulärfältet ”%1”.</translation>
    </message>
    <message>
        <source>JSON from the multipart part &quot;%1&quot;.</source>
        <translation>JSON från multipart-delen ”%1”.</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>Inte giltig JSON på rad %1, kolumn %2 (byte %3): %4</translation>
    </message>
    <message>
        <source>Event %1 (%2): %3 — %4</source>
        <translation>Händelse %1 (%2): %3 — %4</translation>
    </message>
    <message>
        <source>Event %1: &quot;%2&quot; is not an event type this provider documents</source>
        <translation>Händelse %1: ”%2” är inte en händelsetyp som den här leverantören dokumenterar</translation>
    </message>
    <message>
        <source>Every event matches its schema.</source>
        <translation>Varje händelse stämmer med sitt schema.</translation>
    </message>
    <message>
        <source>No provider recognised, so there is no schema to check against.</source>
        <translation>Ingen leverantör kändes igen, så det finns inget schema att kontrollera mot.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Från %1</translation>
    </message>
    <message>
        <source>%1 is the client the %2 header names (a tunnel or proxy adds it; anyone can send it); the connection came from %3.</source>
        <translation>%1 är klienten som headern %2 anger (en tunnel eller proxy lägger till den; vem som helst kan skicka den); anslutningen kom från %3.</translation>
    </message>
    <message>
        <source>The connection came from %1.</source>
        <translation>Anslutningen kom från %1.</translation>
    </message>
    <message>
        <source>(%1 of binary data; see the Hex tab)</source>
        <translation>(%1 binärdata; se fliken Hex)</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2; the Hex tab has every byte.</source>
        <translation>Visar de första %1 av %2; fliken Hex har varje byte.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Rad %1, kolumn %2: %3</translation>
    </message>
    <message>
        <source>value</source>
        <translation>värde</translation>
    </message>
    <message>
        <source>path</source>
        <translation>sökväg</translation>
    </message>
</context>
<context>
    <name>hookscope::DeliveryListModel</name>
    <message>
        <source>Refused: %1</source>
        <translation>Avvisad: %1</translation>
    </message>
    <message>
        <source>%1 is the client a tunnel or proxy named in the request&apos;s headers; the connection came from %2 port %3.</source>
        <translation>%1 är klienten som en tunnel eller proxy angav i förfrågans headers; anslutningen kom från %2 port %3.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Sökväg</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Händelsetyper</translation>
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
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Motpart</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <source>valid</source>
        <comment>signature status</comment>
        <translation>giltig</translation>
    </message>
    <message>
        <source>invalid</source>
        <comment>signature status</comment>
        <translation>ogiltig</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>signature status</comment>
        <translation>saknas</translation>
    </message>
    <message>
        <source>not checked</source>
        <comment>signature status</comment>
        <translation>inte kontrollerad</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nod</translation>
    </message>
</context>
<context>
    <name>hookscope::DiffDialog</name>
    <message>
        <source>No differences.</source>
        <translation>Inga skillnader.</translation>
    </message>
    <message numerus="yes">
        <source>%n differences</source>
        <translation>
            <numerusform>%n skillnad</numerusform>
            <numerusform>%n skillnader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookscope::EventTableModel</name>
    <message>
        <source> — seen in deliveries, not in the schema</source>
        <translation> — sett i leveranser, inte i schemat</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Leverans</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
</context>
<context>
    <name>hookscope::ExportController</name>
    <message>
        <source>An export is running; wait for it or cancel it first.</source>
        <translation>En export pågår; vänta på den eller avbryt den först.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporterar till %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %1 of %Ln deliveries read…</source>
        <translation>
            <numerusform>Exporterar: %1 av %Ln leverans läst…</numerusform>
            <numerusform>Exporterar: %1 av %Ln leveranser lästa…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exporten avbröts; inget skrevs.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Inget exporterades: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (one per event type) in %3.</source>
        <translation>Exporterade %1 till %2 (en per händelsetyp) i %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deliveries</source>
        <translation>
            <numerusform>%Ln leverans</numerusform>
            <numerusform>%Ln leveranser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln fil</numerusform>
            <numerusform>%Ln filer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln deliveries to %1.</source>
        <translation>
            <numerusform>Exporterade %Ln leverans till %1.</numerusform>
            <numerusform>Exporterade %Ln leveranser till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Visa i mappen</translation>
    </message>
</context>
<context>
    <name>hookscope::ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>The selected delivery (#%1)</source>
        <translation>Den markerade leveransen (#%1)</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected deliveries</source>
        <translation>
            <numerusform>Den %Ln markerade leveransen</numerusform>
            <numerusform>De %Ln markerade leveranserna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What the list shows: %Ln deliveries</source>
        <translation>
            <numerusform>Det som listan visar: %Ln leverans</numerusform>
            <numerusform>Det som listan visar: %Ln leveranser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln deliveries</source>
        <translation>
            <numerusform>Alla leveranser (%Ln)</numerusform>
            <numerusform>Alla %Ln leveranser</numerusform>
        </translation>
    </message>
    <message>
        <source>A folder: one file per event type in it (&lt;provider&gt;.&lt;event type&gt;.%1), made if it is missing.</source>
        <translation>En mapp: en fil per händelsetyp i den (&lt;provider&gt;.&lt;event type&gt;.%1), skapas om den saknas.</translation>
    </message>
    <message>
        <source>Bodies that are not text are written beside the script.</source>
        <translation>Bodies som inte är text skrivs bredvid skriptet.</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exportera till mapp</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Exportera till fil</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1-filer (*.%2);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Välj var exporten ska sparas.</translation>
    </message>
    <message>
        <source>%1 is a file; a file per event type needs a folder.</source>
        <translation>%1 är en fil; en fil per händelsetyp behöver en mapp.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 är en mapp; välj ett filnamn.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>The address to send to must start with http:// or https://.</source>
        <translation>Adressen att skicka till måste börja med http:// eller https://.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 finns redan. Ersätta den?</translation>
    </message>
</context>
<context>
    <name>hookscope::FilterBar</name>
    <message>
        <source>Any method</source>
        <translation>Alla metoder</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Any signature</source>
        <translation>Alla signaturer</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ogiltig</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Inte kontrollerad</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>hookscope::HeaderListModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
</context>
<context>
    <name>hookscope::JsonDiffModel</name>
    <message>
        <source>(absent)</source>
        <translation>(saknas)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Sökväg</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vänster</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Höger</translation>
    </message>
</context>
<context>
    <name>hookscope::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n members}</source>
        <translation>
            <numerusform>{%n medlem}</numerusform>
            <numerusform>{%n medlemmar}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n element]</numerusform>
            <numerusform>[%n element]</numerusform>
        </translation>
    </message>
    <message>
        <source>(document)</source>
        <translation>(dokument)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Sökväg</translation>
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
        <translation>Kopierade %1.</translation>
    </message>
    <message>
        <source>Deliveries are not being stored (answered 503): %1</source>
        <translation>Leveranser sparas inte (besvaras med 503): %1</translation>
    </message>
    <message>
        <source>Deliveries were not removed: %1</source>
        <translation>Leveranserna togs inte bort: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln deliveries.</source>
        <translation>
            <numerusform>Tog bort %Ln leverans.</numerusform>
            <numerusform>Tog bort %Ln leveranser.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New delivery…</source>
        <translation>&amp;Ny leverans…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Kopiera som c&amp;url</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>R&amp;ensa filter</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Deliveries</source>
        <translation>&amp;Leveranser</translation>
    </message>
    <message>
        <source>&amp;Compare the two selected</source>
        <translation>&amp;Jämför de två markerade</translation>
    </message>
    <message>
        <source>Go to &amp;newest</source>
        <translation>Gå till &amp;senaste</translation>
    </message>
    <message>
        <source>Clear &amp;all deliveries…</source>
        <translation>Rensa &amp;alla leveranser…</translation>
    </message>
    <message>
        <source>all deliveries</source>
        <translation>alla leveranser</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Public &amp;tunnel</source>
        <translation>Publik &amp;tunnel</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Följ &amp;systemet</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Ljust</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Mörkt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Hookscope</source>
        <translation>&amp;Om Hookscope</translation>
    </message>
    <message>
        <source>About Hookscope</source>
        <translation>Om Hookscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hookscope %1&lt;/h3&gt;&lt;p&gt;A webhook test console: capture, decode, compose and replay webhook deliveries.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hookscope %1&lt;/h3&gt;&lt;p&gt;En testkonsol för webhooks: ta emot, avkoda, skapa och spela upp webhook-leveranser.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Public tunnel</source>
        <translation>Publik tunnel</translation>
    </message>
    <message>
        <source>Tunnel: &lt;a href=&quot;#tunnel&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Tunnel: &lt;a href=&quot;#tunnel&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Tunnel: &lt;a href=&quot;#tunnel&quot;&gt;starting…&lt;/a&gt;</source>
        <translation>Tunnel: &lt;a href=&quot;#tunnel&quot;&gt;startar…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Tunnel: &lt;a href=&quot;#tunnel&quot;&gt;failed&lt;/a&gt;</source>
        <translation>Tunnel: &lt;a href=&quot;#tunnel&quot;&gt;misslyckades&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Hookscope is still capturing</source>
        <translation>Hookscope tar fortfarande emot</translation>
    </message>
    <message>
        <source>The window is closed; quit from the tray icon&apos;s menu.</source>
        <translation>Fönstret är stängt; avsluta från systemfältsikonens meny.</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>Avkodar %1…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing matches&lt;/h3&gt;&lt;p&gt;No delivery matches these filters. &lt;a href=&quot;#clear&quot;&gt;Clear filters&lt;/a&gt; (Ctrl+Shift+L)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Inget matchar&lt;/h3&gt;&lt;p&gt;Ingen leverans matchar de här filtren. &lt;a href=&quot;#clear&quot;&gt;Rensa filter&lt;/a&gt; (Ctrl+Skift+L)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No deliveries yet&lt;/h3&gt;&lt;p&gt;The capture server is not running: %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Inga leveranser än&lt;/h3&gt;&lt;p&gt;Mottagningsservern körs inte: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No deliveries yet&lt;/h3&gt;&lt;p&gt;Point your vendor&apos;s webhook at &lt;b&gt;%1/&amp;lt;endpoint&amp;gt;&lt;/b&gt;, for example %1/enad, or send one yourself:&lt;/p&gt;&lt;p&gt;&lt;code&gt;curl -X POST %1/test -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;hello&quot;:&quot;world&quot;}&apos;&lt;/code&gt;&lt;/p&gt;&lt;p&gt;or: &lt;code&gt;hookscope send --url %1/willsuite --sample willsuite/customer.created&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Inga leveranser än&lt;/h3&gt;&lt;p&gt;Peka din leverantörs webhook mot &lt;b&gt;%1/&amp;lt;endpoint&amp;gt;&lt;/b&gt;, till exempel %1/enad, eller skicka en själv:&lt;/p&gt;&lt;p&gt;&lt;code&gt;curl -X POST %1/test -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;hello&quot;:&quot;world&quot;}&apos;&lt;/code&gt;&lt;/p&gt;&lt;p&gt;eller: &lt;code&gt;hookscope send --url %1/willsuite --sample willsuite/customer.created&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Capture server stopped</source>
        <translation>Mottagningsservern är stoppad</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lyssnar på %1</translation>
    </message>
    <message>
        <source>Listening on %1 — reachable from other machines</source>
        <translation>Lyssnar på %1 — nåbar från andra datorer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deliveries · %1</source>
        <translation>
            <numerusform>%Ln leverans · %1</numerusform>
            <numerusform>%Ln leveranser · %1</numerusform>
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
        <translation>Första leveransen av %1</translation>
    </message>
    <message>
        <source>First deliveries of new event types: %1</source>
        <translation>Första leveranserna av nya händelsetyper: %1</translation>
    </message>
    <message>
        <source>New event type</source>
        <translation>Ny händelsetyp</translation>
    </message>
    <message>
        <source>New event types</source>
        <translation>Nya händelsetyper</translation>
    </message>
    <message>
        <source>Hookscope was started again with this data directory; --listen and --endpoint apply only when it starts.</source>
        <translation>Hookscope startades igen med den här datakatalogen; --listen och --endpoint gäller bara när det startar.</translation>
    </message>
    <message>
        <source>Select two events to compare (Ctrl+click).</source>
        <translation>Markera två händelser att jämföra (Ctrl+klick).</translation>
    </message>
    <message>
        <source>Select two deliveries to compare (Ctrl+click).</source>
        <translation>Markera två leveranser att jämföra (Ctrl+klick).</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1&lt;/b&gt; %2 %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; %2 %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Choose a delivery first.</source>
        <translation>Välj en leverans först.</translation>
    </message>
    <message>
        <source>This body is binary or large: export it as curl with hookscope export --format curl, which writes it to a file.</source>
        <translation>Den här bodyn är binär eller stor: exportera den som curl med hookscope export --format curl, som skriver den till en fil.</translation>
    </message>
    <message>
        <source>Copied a curl command for delivery #%1.</source>
        <translation>Kopierade ett curl-kommando för leverans #%1.</translation>
    </message>
    <message>
        <source>Import deliveries</source>
        <translation>Importera leveranser</translation>
    </message>
    <message>
        <source>NDJSON or HAR (*.ndjson *.jsonl *.har *.json);;All files (*)</source>
        <translation>NDJSON eller HAR (*.ndjson *.jsonl *.har *.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln deliveries…</source>
        <translation>
            <numerusform>Importerade %Ln leverans…</numerusform>
            <numerusform>Importerade %Ln leveranser…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln deliveries from %1.</source>
        <translation>
            <numerusform>Importerade %Ln leverans från %1.</numerusform>
            <numerusform>Importerade %Ln leveranser från %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items could not be read:</source>
        <translation>
            <numerusform>%Ln post kunde inte läsas:</numerusform>
            <numerusform>%Ln poster kunde inte läsas:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export selected…</source>
        <translation>&amp;Exportera markerade…</translation>
    </message>
    <message>
        <source>Copy as &amp;curl command</source>
        <translation>Kopiera som &amp;curl-kommando</translation>
    </message>
    <message>
        <source>C&amp;ompare the two selected</source>
        <translation>J&amp;ämför de två markerade</translation>
    </message>
    <message>
        <source>&amp;Clear the deliveries of %1…</source>
        <translation>&amp;Rensa leveranserna för %1…</translation>
    </message>
    <message>
        <source>Clear deliveries</source>
        <translation>Rensa leveranser</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln deliveries of %1 from the store?</source>
        <translation>
            <numerusform>Ta bort den %Ln leveransen i %1 ur lagret?</numerusform>
            <numerusform>Ta bort de %Ln leveranserna i %1 ur lagret?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their bodies, events and search words go too. This cannot be undone; export them first to keep a copy.</source>
        <translation>Deras bodies, händelser och sökord försvinner också. Det går inte att ångra; exportera dem först för att behålla en kopia.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Deliveries can be cleared while the capture server runs.</source>
        <translation>Leveranser kan rensas medan mottagningsservern körs.</translation>
    </message>
    <message>
        <source>Clearing deliveries…</source>
        <translation>Rensar leveranser…</translation>
    </message>
    <message>
        <source>Delivery #%1 is no longer stored.</source>
        <translation>Leverans #%1 finns inte längre sparad.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>The endpoints were not saved: %1</source>
        <translation>Endpoints sparades inte: %1</translation>
    </message>
    <message>
        <source>Capture server not restarted: %1</source>
        <translation>Mottagningsservern startades inte om: %1</translation>
    </message>
    <message>
        <source>Read-only, capture is off: the delivery store cannot be written (%1). Quit and start Hookscope with another data directory to capture.</source>
        <translation>Skrivskyddat, mottagningen är avstängd: leveranslagret kan inte skrivas (%1). Avsluta och starta Hookscope med en annan datakatalog för att ta emot.</translation>
    </message>
    <message>
        <source>&amp;Replay…</source>
        <translation>Spela &amp;upp…</translation>
    </message>
    <message>
        <source>Choose the deliveries to replay first.</source>
        <translation>Välj först de leveranser som ska spelas upp.</translation>
    </message>
    <message>
        <source>Replay sends at most %1 deliveries at a time; the oldest %1 of the selection are offered.</source>
        <translation>Uppspelning skickar högst %1 leveranser åt gången; de %1 äldsta i urvalet erbjuds.</translation>
    </message>
    <message>
        <source>Deliveries other nodes store are not shown live: %1</source>
        <translation>Leveranser från andra noder visas inte direkt: %1</translation>
    </message>
    <message>
        <source>The shared store cannot be reached: %1</source>
        <translation>Det delade lagret går inte att nå: %1</translation>
    </message>
    <message>
        <source>Shared store %1 as node %2</source>
        <translation>Delat lager %1 som nod %2</translation>
    </message>
</context>
<context>
    <name>hookscope::ReplayDialog</name>
    <message numerus="yes">
        <source>Replay %n deliveries</source>
        <translation>
            <numerusform>Spela upp %n leverans</numerusform>
            <numerusform>Spela upp %n leveranser</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep every original header (Host and hop-by-hop ones too)</source>
        <translation>Behåll varje ursprunglig header (även Host och hop-by-hop-headers)</translation>
    </message>
    <message>
        <source>No: send the original signature headers</source>
        <translation>Nej: skicka de ursprungliga signaturheaders</translation>
    </message>
    <message>
        <source>The secret the receiver verifies with</source>
        <translation>Hemligheten som mottagaren kontrollerar med</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Skicka till:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Headers:</translation>
    </message>
    <message>
        <source>Sign again:</source>
        <translation>Signera igen:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Hemlighet:</translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation>%v av %m skickade</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Leverans</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Förfrågan</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>inte skickad än</translation>
    </message>
    <message>
        <source>Each answer shows here when its row is chosen.</source>
        <translation>Varje svar visas här när dess rad är vald.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Inte skickad än.</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>Spela &amp;upp</translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation>Signera igen</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL to send the deliveries to.</source>
        <translation>Ange en http://- eller https://-URL att skicka leveranserna till.</translation>
    </message>
    <message>
        <source>Enter the secret to sign with, or choose not to sign again.</source>
        <translation>Ange hemligheten att signera med, eller välj att inte signera igen.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppa</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>inte skickad: %1</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>skickar…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stoppad</translation>
    </message>
    <message>
        <source>&amp;Replay again</source>
        <translation>Spela &amp;upp igen</translation>
    </message>
</context>
<context>
    <name>hookscope::ResponseView</name>
    <message>
        <source>Raw</source>
        <translation>Rå</translation>
    </message>
    <message>
        <source>Show the body exactly as it came, not indented</source>
        <translation>Visa bodyn exakt som den kom, inte indenterad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Skickad förfrågan</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
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
        <translation>(body)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
</context>
<context>
    <name>hookscope::SettingsDialog</name>
    <message>
        <source>Path</source>
        <translation>Sökväg</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Händelsetyp</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Hemlighet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delay (ms)</source>
        <translation>Fördröjning (ms)</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Vidarebefordra till</translation>
    </message>
    <message>
        <source>Vendor gets</source>
        <translation>Leverantören får</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>(detect)</source>
        <translation>(känn igen)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>(angiven)</translation>
    </message>
    <message>
        <source>Each delivery is sent on to this URL (your app), body byte for byte, so its signature still verifies there</source>
        <translation>Varje leverans skickas vidare till den här URL:en (din app), bodyn byte för byte, så att dess signatur fortfarande stämmer där</translation>
    </message>
    <message>
        <source>the provider&apos;s answer</source>
        <translation>leverantörens svar</translation>
    </message>
    <message>
        <source>your app&apos;s answer</source>
        <translation>din apps svar</translation>
    </message>
    <message>
        <source>Endpoint secret</source>
        <translation>Endpointens hemlighet</translation>
    </message>
    <message>
        <source>Secret for %1 (empty to remove):</source>
        <translation>Hemlighet för %1 (tom för att ta bort):</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot;: a path starts with /, a status is 100-599 and a forward target is an http:// or https:// URL.</source>
        <translation>Endpoint ”%1”: en sökväg börjar med /, en status är 100–599 och ett mål för vidarebefordran är en http://- eller https://-URL.</translation>
    </message>
</context>
<context>
    <name>hookscope::SidebarModel</name>
    <message>
        <source>All deliveries</source>
        <translation>Alla leveranser</translation>
    </message>
    <message>
        <source>(no endpoint)</source>
        <translation>(ingen endpoint)</translation>
    </message>
    <message>
        <source>(unrecognised)</source>
        <translation>(inte igenkänd)</translation>
    </message>
    <message>
        <source>(no event type)</source>
        <translation>(ingen händelsetyp)</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Leveranser</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
</context>
<context>
    <name>hookscope::TemplateListModel</name>
    <message>
        <source>%1
saved %2</source>
        <translation>%1
sparad %2</translation>
    </message>
</context>
<context>
    <name>hookscope::TimelineWidget</name>
    <message>
        <source>Deliveries over time. Drag to filter by a time range; double-click to clear.</source>
        <translation>Leveranser över tid. Dra för att filtrera på ett tidsintervall; dubbelklicka för att rensa.</translation>
    </message>
    <message>
        <source>No deliveries in this time range</source>
        <translation>Inga leveranser i det här tidsintervallet</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deliveries</source>
        <translation>
            <numerusform>%1: %n leverans</numerusform>
            <numerusform>%1: %n leveranser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%n not answered 2xx</source>
        <translation>
            <numerusform>
%n inte besvarad med 2xx</numerusform>
            <numerusform>
%n inte besvarade med 2xx</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%n with an invalid signature</source>
        <translation>
            <numerusform>
%n med ogiltig signatur</numerusform>
            <numerusform>
%n med ogiltig signatur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookscope::TrayIcon</name>
    <message>
        <source>&amp;Copy capture URL</source>
        <translation>&amp;Kopiera mottagnings-URL</translation>
    </message>
    <message>
        <source>&amp;Quit Hookscope</source>
        <translation>&amp;Avsluta Hookscope</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deliveries</source>
        <translation>
            <numerusform>%Ln leverans</numerusform>
            <numerusform>%Ln leveranser</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture server stopped</source>
        <translation>Mottagningsservern är stoppad</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lyssnar på %1</translation>
    </message>
    <message>
        <source>Hookscope: %1
%2</source>
        <translation>Hookscope: %1
%2</translation>
    </message>
    <message>
        <source>&amp;Hide window</source>
        <translation>&amp;Dölj fönstret</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Visa fönstret</translation>
    </message>
</context>
<context>
    <name>hookscope::TunnelPanel</name>
    <message>
        <source>public URL</source>
        <translation>publik URL</translation>
    </message>
    <message>
        <source>The capture server now listens on %1; restart the tunnel to follow it.</source>
        <translation>Mottagningsservern lyssnar nu på %1; starta om tunneln för att följa med.</translation>
    </message>
    <message>
        <source>%1, found on PATH</source>
        <translation>%1, hittad i PATH</translation>
    </message>
    <message>
        <source>Private key for ssh</source>
        <translation>Privat nyckel för ssh</translation>
    </message>
    <message>
        <source>The capture server is not running.</source>
        <translation>Mottagningsservern körs inte.</translation>
    </message>
    <message>
        <source>No tunnel</source>
        <translation>Ingen tunnel</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Startar %1…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Uppe</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>till %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>The capture server is not running</source>
        <translation>Mottagningsservern körs inte</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy the URL of %1</source>
        <translation>Kopiera URL:en för %1</translation>
    </message>
    <message>
        <source>URL of %1</source>
        <translation>URL för %1</translation>
    </message>
    <message>
        <source>Every path is captured: %1/anything. Name endpoints in Settings (Ctrl+,) to see the URL of each here.</source>
        <translation>Varje sökväg tas emot: %1/vad-som-helst. Namnge endpoints i Inställningar (Ctrl+,) för att se URL:en för var och en här.</translation>
    </message>
</context>
<context>
    <name>tunnel</name>
    <message>
        <source>The capture server&apos;s port is needed (it is not running?).</source>
        <translation>Mottagningsserverns port behövs (körs den inte?).</translation>
    </message>
    <message>
        <source>ssh needs the server to forward from, as user@host.</source>
        <translation>ssh behöver servern att vidarebefordra från, som user@host.</translation>
    </message>
    <message>
        <source>A port is between 1 and 65535.</source>
        <translation>En port är mellan 1 och 65535.</translation>
    </message>
    <message>
        <source>An ssh option is written NAME=VALUE, as after -o: &quot;%1&quot;</source>
        <translation>Ett ssh-alternativ skrivs NAMN=VÄRDE, som efter -o: ”%1”</translation>
    </message>
    <message>
        <source>%1 is not an executable program.</source>
        <translation>%1 är inte ett körbart program.</translation>
    </message>
    <message>
        <source>Unknown tunnel tool &quot;%1&quot;; Hookscope knows %2.</source>
        <translation>Okänt tunnelverktyg ”%1”; Hookscope känner till %2.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppar…</translation>
    </message>
    <message>
        <source>Tunnel up: %1</source>
        <translation>Tunneln är uppe: %1</translation>
    </message>
    <message>
        <source>No public URL appeared within the start timeout (%1 s).</source>
        <translation>Ingen publik URL dök upp inom starttiden (%1 s).</translation>
    </message>
    <message>
        <source>Could not run %1: %2</source>
        <translation>Kunde inte köra %1: %2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stoppad.</translation>
    </message>
    <message>
        <source>%1 ended by a signal</source>
        <translation>%1 avslutades av en signal</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 avslutades med kod %2</translation>
    </message>
    <message>
        <source>The tunnel closed: %1.</source>
        <translation>Tunneln stängdes: %1.</translation>
    </message>
    <message>
        <source>The tunnel did not open: %1.</source>
        <translation>Tunneln öppnades inte: %1.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stoppad</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startar</translation>
    </message>
    <message>
        <source>up</source>
        <translation>uppe</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <source>Cloudflare quick tunnel</source>
        <translation>Cloudflare quick tunnel</translation>
    </message>
    <message>
        <source>cloudflared is not installed. Download it from https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/ (on Debian and Ubuntu: the cloudflared .deb from that page, or Cloudflare&apos;s apt repository pkg.cloudflare.com). A quick tunnel needs no account.</source>
        <translation>cloudflared är inte installerat. Ladda ner det från https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/ (på Debian och Ubuntu: cloudflared-.deb-filen från den sidan, eller Cloudflares apt-förråd pkg.cloudflare.com). En quick tunnel behöver inget konto.</translation>
    </message>
    <message>
        <source>ngrok</source>
        <translation>ngrok</translation>
    </message>
    <message>
        <source>ngrok is not installed. Download it from https://ngrok.com/download (on Debian and Ubuntu also from ngrok&apos;s apt repository), then run &quot;ngrok config add-authtoken TOKEN&quot; with the token of your ngrok account.</source>
        <translation>ngrok är inte installerat. Ladda ner det från https://ngrok.com/download (på Debian och Ubuntu även från ngroks apt-förråd) och kör sedan ”ngrok config add-authtoken TOKEN” med token från ditt ngrok-konto.</translation>
    </message>
    <message>
        <source>localtunnel</source>
        <translation>localtunnel</translation>
    </message>
    <message>
        <source>localtunnel is not installed, and there is no npx to fetch it. Install Node.js (on Debian and Ubuntu: apt install nodejs npm), then &quot;npm install -g localtunnel&quot;, or let Hookscope run it through npx.</source>
        <translation>localtunnel är inte installerat, och det finns ingen npx att hämta det med. Installera Node.js (på Debian och Ubuntu: apt install nodejs npm), sedan ”npm install -g localtunnel”, eller låt Hookscope köra det via npx.</translation>
    </message>
    <message>
        <source>ssh -R to your server</source>
        <translation>ssh -R till din server</translation>
    </message>
    <message>
        <source>ssh is not installed. On Debian and Ubuntu: apt install openssh-client.</source>
        <translation>ssh är inte installerat. På Debian och Ubuntu: apt install openssh-client.</translation>
    </message>
</context>
</TS>
