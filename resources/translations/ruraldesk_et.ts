<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Selle faili avamiseks pole programmi</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salvesta koopia</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Salvesta koopia…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Selles arvutis pole programmi, mis avaks faili „{name}“. Võite salvestada koopia ja avada selle hiljem enda valitud programmiga.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Nõustamisteenus</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Ametiasutus</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Halb</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Kogukonna ühistu</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Kogukonna sihtasutus</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Nõusolek</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Leping</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Mustand</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Rahastamisteenus</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Hea</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Juhis</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Kodu</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Juriidiline kohustus</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Õigustatud huvid</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Kohalik omavalitsus</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metoodika</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Segatud</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiil</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatsioon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Isik</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Poliitikasoovitus</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Avalik ülesanne</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Piirkondlik omavalitsus</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Jagatud</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Sotsiaalne ettevõte</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Tugiteenus</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Kolmas koht</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Tööriistakomplekt</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Koolitus</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Külaselts</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Eluliselt tähtsad huvid</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Tagasi võetud</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Töö</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Tööle rakendamise ettevõte</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Manus</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Manused</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktid</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Arutelu</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Arutelud</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Seotud kontaktid</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Seotud praktikad</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Seotud tööriistad</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Uus kontakt</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Uus praktika</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Uus teema</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Uus tööriist</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Postitus</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Postitused</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praktika</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praktikad</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teemad</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tööriist</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tööriistad</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Loobu</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>&amp;Jäta kustutatuks</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Ühendatud väärtus (muutke, siis salvestage):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Ava kirje</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>&amp;Taasta kirje</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>&amp;Salvesta ühendatud väärtus</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(tühi)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(pealkirjata)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktid</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Jäta &amp;minu oma</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Jäta &amp;nende oma</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Ühendatud väärtus</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Konflikte pole: kõik, mida teie grupp muutis, sobis kokku.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Ei salvestatud: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Avatud konfliktid</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Tagasi lükatud: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Lahendatud: „{title}“ — {field}. Teie valik jagatakse grupiga järgmisel sünkroonimisel.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Nende väärtus</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>Nende oma — {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Kui kaks inimest muutsid enne sünkroonimist sama asja, jättis grupi server ühe väärtuse alles ja pani teise kõrvale. Valige, mida kirje peaks sisaldama; teie valik jagatakse kõigiga järgmisel sünkroonimisel.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Miks server selle tagasi lükkas</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Teie muudatus ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Teie väärtus</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>Teie oma — {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>teine liige</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>kustutatud või alles jäetud</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>grupp</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <source>you</source>
        <translation>teie</translation>
    </message>
    <message>
        <source>{title} — {field}</source>
        <translation>{title} — {field}</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>(untitled)</source>
        <extracomment>a line above the record when something needs the person (set by the sync UI: banner_for(record) -&gt; rich text with an rd: link, or &quot;&quot;)</extracomment>
        <translation>(pealkirjata)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Loobu muutmisest</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Valige loendist kirje või vajutage uue lisamiseks Ctrl+N.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Üksikasjad</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Muutmisvorm</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Muuda: {title}</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Tärniga * märgitud väljad on kohustuslikud.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Lahkuda salvestamata?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Palun parandage allpool märgitud väljad.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Probleem väljaga {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Kohustuslik</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvesta</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Salvesta kirje</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Teie muudatused selles kirjes pole salvestatud. Lahkuda vormilt ja need kaotada?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>lõi {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>prügikastis</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>viimati muutis {who}, {when}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>pole veel selles arvutis</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>eemalda</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>eemalda seos</translation>
    </message>
    <message>
        <source>{label} *:</source>
        <translation>{label} *:</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Manused:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Andmekaust:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Fondi suurus:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Liidese keel:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Kutsekood:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>&amp;Telefonipiirkond:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>Uut andmekausta kasutatakse järgmisest käivitamisest.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Lisage oma praktikad, kontaktid ja tööriistad.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>&amp;Küsi, enne kui sünkroonimine muudab rohkem kui:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Valige andmekaust</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Veerud</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Ühendamine grupi serveriga</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Andmekaust</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Vaikimisi andmekaust</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Näidiskirjeid kogumi kohta</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Laadi alla avamisel</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Väljamõeldud praktikad, kontaktid ja tööriistad seitsmes keeles, et asju proovida. Saate need hiljem kustutada.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Leia seotavad kirjed</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kutsekood</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Liituge oma grupi ühise hoidlaga koordinaatori saadetud kutsekoodiga.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Hoia kõik võrguühenduseta kasutamiseks</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Laadi näidisandmed</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Ainult siis, kui küsin</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Kirjeid kogumi kohta:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Seotavad kirjed</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk hoiab teie grupi praktikaid, kontakte ja tööriistu selles arvutis ning töötab ka ühenduseta. Kuidas soovite alustada?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ünkrooni iga:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Seaded</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Näita neid veerge:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Alusta tühja tööruumiga</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Peatamine…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Süsteemi keel</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Süsteemi suurus</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Kirjete leidmiseks sisestage nimi või sõna</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Tere tulemast RuralDeski</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>lisatud {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done}/{total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n postitus</numerusform>
            <numerusform>%n postitust</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n teema</numerusform>
            <numerusform>%n teemat</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(pealkirjata)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(pole öeldud)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Teemal peab olema pealkiri ja avapostitus.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Lisa manuseid</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Lisa manuseid…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Lisatud:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentaarid</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Kommentaarid (%n)</numerusform>
            <numerusform>Kommentaarid (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Arutelu ei õnnestunud eksportida: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Salvestamine ebaõnnestus: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Mustand säilitatud</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Mustand säilitatud ajast {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muuda</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Muuda oma postitust</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Ekspordi Markdownina…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Ekspordi PDF-ina…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Ekspordi arutelu</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Sellele postitusele lisatavad failid</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Lisatavad failid: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Koordinaator peitis: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Grupi eest peidetud: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Peida</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Peida arutelu…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Peida…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Keel:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Viimane tegevus</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Uus t&amp;eema…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Uus teema</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Uus teema…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Postitusi veel pole. Kirjutage esimene allpool.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Teemasid veel pole. Alustage ühte nupuga Uus teema; praktika, tööriista või kontakti kommentaarid on selle lehe allosas.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Pole vastus</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Pole lubatud: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Avapostitus</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Avapostitus:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Postita</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Postita (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Postitus eemaldatud</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Postitatud. See läheb grupile järgmisel sünkroonimisel.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Postitused</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Vasta</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Vastus postitusele</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Vastus isikule {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Näita %n varasemat postitust</numerusform>
            <numerusform>Näita %n varasemat postitust</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Näita uuesti</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Näita arutelusid</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Alusta grupiga arutelu</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Alusta grupiga arutelu (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Alustaja</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>Arutelu kirjutati asukohta {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>Varasem versioon jääb postituse ajalukku.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>Avapostitus… *rõhutus*, **paks**, - loendid, [lingid](https://…), @liige</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Pealkiri:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Teemad</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Versioon {n}, {when}, {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Postituse versioonid</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Millest see räägib?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Miks see on peidetud? Kõik näevad põhjust selle kohal.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Võta tagasi</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Kas võtta see postitus tagasi? Selle tekst kaob lõimest; varasemad versioonid jäävad selle ajalukku.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Võta oma postitus tagasi</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Autor võttis tagasi.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Kirjutage postitus… *rõhutus*, **paks**, - loendid, [lingid](https://…), @liige (Ctrl+Enter postitab)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Kirjutage esmalt midagi.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Kirjuta hoopis kogu lõimele (Escape)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Teie postitus</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>arutelu reeglid ei luba seda muudatust</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>postitus vajab teksti</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>eemaldatud postitus</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>muudetud</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>vastuseks isikule {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>postitust või arutelu saab peita ainult koordinaator</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>postitust saab muuta või tagasi võtta ainult selle autor</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>arutelu pealkirja, teemasid või keelt saab muuta ainult liige, kes selle alustas</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>alustas {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (peidetud)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · uusi: {count}</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(valige)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(puudub)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisa</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tühjenda</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Kuupäev puudub</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eemalda</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Sisestage ja vajutage Enter</translation>
    </message>
    <message>
        <source>add</source>
        <translation>lisa</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>tühjenda</translation>
    </message>
    <message>
        <source>list</source>
        <translation>loend</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>eemalda</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>lisamiseks</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tüüp</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Manused</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Sihtrühm</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Laiem teema</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Kommenteerib</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Nõusoleku kuupäev</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Nõusoleku allikas</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontekst</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuuta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kirjeldus</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Arutelu</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-postiaadressid</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Lõppkuupäev</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Eksperditeemad</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Perekonnanimi</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Faili nimi</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Isiku täisnimi või organisatsiooni nimi</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Rahastuse summa</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Rahastuse allikas</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Eesnimi</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Grupi liige</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Peidetud, sest</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Vastus postitusele</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Keeled</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Õiguslik alus</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Saadud õppetunnid</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Lingid</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Meediatüüp</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mainimised</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Eesmärgid</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Takistused (õiguslikud / poliitilised)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatsioon</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Organisatsioonide tüübid</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Partnerid (k.a ametiasutused)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonid</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postiindeks</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Piirkond</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Seotud kontaktid</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Seotud tööriistad</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Eemaldatud postitused</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Tulemused</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Ülevaataja märkus</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Suurus (baitides)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Alguskuupäev</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Alustaja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Tänav ja maja</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kokkuvõte</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>Isiku liikmenimi grupis: tema postitused on siis osa tema andmetest</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teemad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Linn / küla</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Ülekantavus</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Veebisait</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Auditilogi</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>&amp;Tühista kutse</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>Eks&amp;pordi kõik selle isiku kohta…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fail:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>Anna fail &amp;serverile üle…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Kutsed</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>Kutsu kedagi liitu&amp;ma…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Liikmed</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>&amp;Uusimad kirjed</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>&amp;Vanemad kirjed</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatsioon:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Parool:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>&amp;Isikute andmed</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Kehtib:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 päev</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 nädal</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Tühistatud tõend peatab sünkroonimise kohe: see arvuti jätab oma koopia alles, kuid ei saa enam saata ega vastu võtta. Märkige arvutid, mille ühendus katkestada.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Teave</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Lisas liikme</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Serverilt küsitakse, kes te olete…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>Aadressil {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>Aadressil {url} · teie roll: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditilogi</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vali…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Tühista kutse</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Kas tühistada kutse isikule {name}? Kood lakkab kohe töötamast; saate hiljem uuesti kutsuda.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Tühistas kutse</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Kutse tühistamine…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Muuda &amp;rolli…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Isiku {name} rolli muutmine</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Muutis liiget</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Rolli muutmine…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Valige fail</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaator</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopeeritud</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Kopeeri kutsekood</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Loo kutse</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Kutse loomine…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Üksikasjad</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Kustuta see isik &amp;jäädavalt…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Kustuta jäädavalt igas replikas</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>„{name}“ jäädav kustutamine</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Kas kustutada „{name}“ kogu grupist jäädavalt? Seda ei saa tagasi võtta. See kustutatakse siin ja saadetakse kohe serverisse; iga liikme RuralDeski koopia kustutab selle järgmisel sünkroonimisel:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Kustutas kirje jäädavalt</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Jäädav kustutamine…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Kõik isiku {name} kohta kirjutati faili {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Ekspordi kõik isiku {name} kohta</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportimine…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Leia isik</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Andke isikule {name} see kood. RuralDeskis valib ta Sünkroonimine → Seadista sünkroonimine… ja kleebib selle või skannib pildi telefoniga ja saadab selle endale. See töötab üks kord, kuni {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Grupiakna olek</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Grupp „{group}“</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Anna fail serverile üle</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Anna serverile üle</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Faili üleandmine serverile…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kutsekood</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Kutsekood QR-koodina</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Kutse isikule {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Kutse isikule {name} tühistati.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Kutse isikule {name} loodi.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Kutsu kedagi</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Kutsus kellegi</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Väljastas tõendi</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Selle manused: puuduvad</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Selle manused: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Selle ajalugu koos selle väärtustega (salvestatud muudatusi: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-failid (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Grupiga liitutud, kuid tõendit ei õnnestunud säilitada: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Liitus kutsega</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Viimane sünkroonimine</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Lingid sellele teistest kirjetest: puuduvad</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Lingid sellele: {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Loetletakse, mida jäädav kustutamine eemaldab…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Auditilogi laadimine…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Liikme tõendite laadimine…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Liikmete laadimine…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Avatud kutsete laadimine…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Liige</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Liikmed</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Liikmed näevad uut nime pärast järgmist sünkroonimist; grupi aadress jääb samaks.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Pole grupi serveriga ühendatud.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Ei tehtud: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Muudatusi failis: {total}; server rakendas {applied} ja {already} oli tal juba olemas.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Muudatusi failis: {total}; server rakendas {applied}, {already} oli tal juba olemas ja {refused} lükkas ta tagasi: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Ainult grupi koordinaatorid saavad inimesi kutsuda, rolle muuta või liikmeid eemaldada. Küsige kelleltki neist.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Avatud kutsed</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatsioon</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Inimesed</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Laa&amp;di uuesti</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>&amp;Eemalda grupist…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>&amp;Nimeta grupp ümber…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Tühista t&amp;õendid…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lugeja</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Eemalda {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Eemalda {name} grupist</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Kas eemaldada {name} grupist? Tema tõendid lakkavad kohe töötamast ja ta ei saa enam grupi kirjeid. Kõik, mida ta lisas või muutis, jääb alles tema nime all.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Eemaldas liikme</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Liikme eemaldamine…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Nimeta grupp ümber</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Nimetas grupi ümber</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Grupi ümbernimetamine…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Tühista</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Isiku {name} tõendite tühistamine</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Tühistas tõendi</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Tühistamine…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Saada kellegi toodud üleandmisfaili muudatused otse serverisse</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Faili muudatused lähevad serverisse nende tegijate nimel; see arvuti saab need kätte oma järgmisel sünkroonimisel nagu kõik teisedki. Muudatusi, mis serveril juba on, kaks korda ei võeta.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Kood on lõikelaual.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>Kontakt „{name}“ ja iga selle välja väärtus</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>Arutelu selle kontakti kohta koos postitustega ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Failis pole muudatusi; midagi ei saadetud.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>Viis sõna, mis anti koos failiga, kuid sellest eraldi.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>Grupi nimi on nüüd „{name}“.</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>Kutse annab ühele inimesele koha grupis. Ta kleebib koodi oma arvutis RuralDeski (Sünkroonimine → Seadista sünkroonimine…); see töötab üks kord.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>Isik on nimetatud ka {count} muu kirje tekstis. Seda teksti ei muudeta: vaadake see üle pärast jäädavat kustutamist (eksport loetleb, kus).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Tema enda postitused grupi aruteludes ({count}); lõimed jäävad alles ja näitavad „postitus eemaldatud“</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Sellel liikmel pole kasutusel ühtegi tõendit.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>See tööruum pole grupi serveriga ühendatud. Kasutage Sünkroonimine → Seadista sünkroonimine… koordinaatorilt saadud kutsekoodiga.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tõendid</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Isiku {name} tühistatud tõendid: {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Sisestage nimi, e-posti aadress või telefoninumber</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Kehtib kuni</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Mis juhtub</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Millal</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Kui inimene küsib, mida grupp tema kohta hoiab, või palub end unustada (isikuandmete kaitse üldmääruse artiklid 15 ja 17), leidke ta siit.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Töös</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>lisab ja muudab grupi kirjeid</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>nagu grupp seda näeb</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>haldab gruppi: liikmed, kutsed, jäädav kustutamine</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mitte kunagi</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valikuline</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>loeb grupi kirjeid, ei muuda midagi</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>faili ei saa lugeda ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>server ei aktsepteerinud selle arvuti tõendit; küsige koordinaatorilt uut kutset</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>nimeta arvuti</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} päeva</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} nädalat</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, alates {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (teie)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} pole enam liige; tema kirjed jäävad alles.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} on nüüd: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>„{name}“ kustutati siin jäädavalt; kustutamine läheb selle sünkroonimisega serverisse ja jõuab iga replikani selle järgmisel sünkroonimisel.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Rakendatud: {applied}. Juba olemas: {duplicates}. Serverile edastamiseks: {held}. Tagasi lükatud: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Kirjutatud muudatusi: {count}, asukohta {path}.

Parool (näidatakse ainult praegu): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Enne muudatuste üleandmist ühendage see arvuti üks kord grupi serveriga.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Ekspordi muudatused teise arvuti jaoks…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Muudatuste eksportimine</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Üleandmisfailid (*.rdrelay);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Impordi muudatused failist…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Muudatuste importimine</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Midagi ei muudetud: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parool</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Peatatud. Midagi ei muudetud.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Fail on kärbitud: seda ei kopeeritud täielikult.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Faili on pärast loomist muudetud või see on kahjustatud.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Fail lukustatakse nende sõnadega (võite neid muuta). Andke need importijale failist eraldi.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>Parool ei ava seda faili: kontrollige sõnu ja proovige uuesti.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>See fail sisaldab teise grupi muudatusi.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>See pole RuralDeski üleandmisfail.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Sisestage sõnad, millega fail lukustati.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>Teave RuralDeski kohta</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Eelkõige võrguühenduseta töötav praktikate, kontaktide ja tööriistade korraldaja maapiirkondade sotsiaalmajanduse gruppidele: külaseltsid, ühistud, sotsiaalsed ettevõtted, kolmandad kohad ja nendega koostööd tegevad ametiasutused.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Litsents:</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>RuralDesk user guide</source>
        <translation>RuralDeski kasutusjuhend</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>Kasutusjuhend pole selle RuralDeski koopiaga installitud. See on veebis aadressil {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Kasutusjuhend</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Tööruum:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Kommentaarid: {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>DejaVu Sans pole installitud: PDF kasutab Helveticat, mis ei suuda printida väljaspool Lääne-Euroopat kasutatavaid tähti (poola, kreeka…); installige fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Arutelu</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Google Contactsi eksport</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Google Contactsi eksport (Outlook CSV)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Koordinaator peitis: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Outlooki eksport</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Telefon ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Postitus eemaldatud</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Postitusi: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Piirkond: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Alustas {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Thunderbirdi aadressiraamatu eksport</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Autor võttis tagasi.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>GIF-pilt</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>JPEG-pilt</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>PDF-dokument, mitte tabel ega aadressiraamat</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>PNG-pilt</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>Windowsi programm, mitte andmefail</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>ZIP-arhiiv (.xlsx- või .ods-arvutustabel?); salvestage see esmalt arvutustabeli programmis CSV-vormingus</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>gzip-tihendatud fail; pakkige see esmalt lahti</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>programm, mitte andmefail</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>selle rea jutumärki (&quot;) ei suleta kunagi</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>selle rea jutumärki (&quot;) ei suleta samal real</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>jutumärkides lahtris on pärast sulgevat jutumärki teksti ja real pole nii palju lahtreid kui päises</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>teist aadressi ei impordita (alles jäetakse ainult üks aadress)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>vCard-fail</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>aadressi riiki ei tuvastatud</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>SQLite&apos;i andmebaas (terve tööruumi tagasitoomiseks kasutage taastamist)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>juba alles jäetud väärtuse alternatiiv (ALTID {altid})</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>vana Office&apos;i dokument (.xls või .doc); salvestage see esmalt arvutustabeli programmis CSV-vormingus</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>{name} ei saa lugeda: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>kategooria pole selle tööruumi teema</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>veerg {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>muudetud {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>grupp „{group}“ pole selle tööruumi teema; ei imporditud</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>sisaldab {cells} lahtrit, kuid päis nimetab {columns} veergu; lisalahtrid läheksid kaotsi</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>vastuseks isikule {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>see sisaldab faili, mida selle manifest ei loetle („{file}“)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>see sisaldab faili „{file}“ kaks korda</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>see loetleb {count} manusefaili, rohkem kui {limit}, mida varukoopia tohib sisaldada</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>see pakiks lahti mahuni {size}, rohkem kui {limit}, mida taastamine tohib kirjutada</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>selle manifest ei kirjelda replikafaili õigesti</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>selle manifest ei esita arve õigesti</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>selle manifest ei loetle manuseid õigesti</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>selle manifest on suurem kui ühegi varukoopia oma</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>selle manifest pole nimega väärtuste loend</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>selle manifest loetleb manust {file}… kaks korda</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>selle manifest nimetab manust „{file}“, mis pole kontrollsumma</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>keelt ei tuvastatud</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>näib olevat selle faili kaart {number} ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>näib olevat selle faili rida {number} ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>näib olevat juba olemasolev „{title}“ ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>nime eesliidet ei imporditud</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>nime järelliidet ei imporditud</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>sobivat välja pole</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>pole ühtegi praktikat kirjutamiseks (otsing või filtrid ei leia ühtegi); faili {out} ei kirjutatud</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>alles jäetakse ainult üks aadress</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>alles jäetakse ainult üks nimi</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>alles jäetakse ainult üks organisatsioon</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>alles jäetakse ainult üks roll</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>alles jäetakse ainult üks veebiaadress</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>telefoni silti ei säilitatud (number imporditi)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>telefonil {number} pole riigikoodi ja selle lugemiseks pole piirkonda määratud; säilitatud märkmetes (määrake tööruumi telefonipiirkond või --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>telefon {number} kirjutati kujul {written} (riigikoodita numbreid loetakse kui {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>piirkond „{region}“ pole meile teadaolev NUTS-piirkond; säilitatud märkmetes</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>sama e-posti aadress {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>sama nimi</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>sama telefon {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>sarnased nimed ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>arvutustabel (veerud seotakse nimede järgi)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>faili nimi „{file}“ osutab varukoopiast väljapoole</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>viimane rida on poolik (vähem lahtreid kui päises ja reavahetus puudub): fail näib kärbitud</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>rida ei saa lugeda ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>tööruum {path} pole tühi ({count} kirjet); taastage ainult tühja tööruumi (valige uus)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>see kaart eksporditi sellest tööruumist ja kontakt on endiselt siin (sama UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>tundmatu kodeering {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} väärtust)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} ei saa ohutult taastada: {reason}; midagi ei muudetud</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>failil {name} pole päiserida (esimene rida peaks veerud nimetama)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} sisaldab kahjustatud replikat ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} on UTF-8, välja arvatud real {line} (bait {byte}), mis on teises kodeeringus: ühes failis on segamini kaks kodeeringut; parandage see rida või valige kogu faili kodeering</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} on binaarfail, mitte tekst (sisaldab NUL-baite)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} on binaarfail, mitte tekst (sisaldab NUL-baite, esimene real {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} on kahjustatud ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} on kahjustatud: manus {file}… ei vasta oma kontrollsummale</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} on kahjustatud: sees olev replika ei vasta oma kontrollsummale</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} on kahjustatud: „{file}“ on lühem, kui selle manifest ütleb</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} on tühi</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} pole üheski kodeeringus, mida saaksime täpselt lugeda (pole UTF-8, UTF-16, Windowsi ega ISO 8859 koodileht ega Shift-JIS); salvestage see uuesti UTF-8-vormingus</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} on puudulik: {count} faili on puudu (esimene: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} pole RuralDeski varukoopia (pole ZIP-fail); see võib olla kärbitud</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} pole RuralDeski varukoopia või on kahjustatud ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} pole RuralDeski tööruumi varukoopia</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} pole vCard-fail (see peaks algama BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} pole kehtiv vCard-fail: kaart {number} on vigane ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} pole kehtiv UTF-16-tekst; see võib olla kärbitud või kahjustatud</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} pole kehtiv UTF-32-tekst; see võib olla kärbitud või kahjustatud</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} pole siiski {encoding}-tekst (bait {byte}); salvestage see uuesti UTF-8-vormingus</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} pole {encoding}-tekst: rida {line} sisaldab baite, mida see ei suuda lugeda (bait {byte}); valige muu kodeering</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} on {size}, rohkem kui {limit}, mida {what} tohib olla; jagage see väiksemateks failideks</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} on {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} vajab {size} vaba kettaruumi ja vaba on ainult {free}; midagi ei muudetud</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} algab UTF-8-na, kuid rida {line} sisaldab baite, mis pole UTF-8 (bait {byte}); see võib olla kahjustatud — salvestage see uuesti UTF-8-vormingus</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} on loodud uuema RuralDeskiga (varukoopia vorming {version}); selle taastamiseks uuendage RuralDesk</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, rida {line}: jutumärkides lahtris on pärast sulgevat jutumärki teksti ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, rida {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: rea {line} lähedal avatud jutumärki (&quot;) ei suleta kunagi; fail näib kärbitud või kahjustatud</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: kaarti {number} ei suleta kunagi (END:VCARD puudub); fail näib kärbitud</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: kodeering pole kindel, fail loeb kujul {shown} teisiti; valige üks (näiteks --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>{path} ei saa lugeda ({reason}); taastage uude tööruumi</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} ei ole olemas</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} on kaust, mitte {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} pole tühi tööruum</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} ei imporditud: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: {count} märki kirjas, mida font ei suuda näidata ({scripts}), jäeti PDF-ist välja</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>„{file}“ väidab suurust, mida selle tihendatud andmetel ei saa olla (zip-pomm?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>„{file}“ on link või kaust, mitte fail</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>„{file}“ on krüpteeritud või tihendatud viisil, mida RuralDesk ei kirjuta</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>„{file}“ pole selle manifestis märgitud suurusega</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>„{file}“ pakib lahti suuremaks kui selle deklareeritud suurus (zip-pomm?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>„{number}“ pole telefoninumber, mida suudame lugeda; säilitatud märkmetes</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>„{value}“ pole riik (kasutage nime või ISO 3166 koodi, nt PT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>„{value}“ pole kuupäev (kasutage AAAA-KK-PP või PP/KK/AAAA)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>„{value}“ pole keel (kasutage nime või ISO 639 koodi, nt fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>„{value}“ pole keel (kasutage ISO 639 koodi, nt fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>„{value}“ pole arv</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}“ pole kirje ID</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>„{value}“ pole selle tööruumi teema</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>„{value}“ pole täisarv</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}“ pole üks järgmistest: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Kõik tüübid</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Iga riik</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Iga liik</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Iga keel</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Iga piirkond</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Iga teema</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tühjenda</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Tühjenda filtrid</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Veerud</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filtreeri: {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>Prügikastis: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Loendi kokkuvõte</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Kirjed</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Kirjed: {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Piirkond</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Tulemused: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Tulemused: {shown}/{total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Salvesta otsing…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Salvesta see otsing</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Valitud: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tüüp</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Sisestage, et otsida praktikaid, kontakte, tööriistu ja teemasid.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;Teave RuralDeski kohta</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Lisa manuseid…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tagasi</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Veerud…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>Kopeeri &amp;diagnostikateave</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Kustuta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muuda</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Otsi…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Seo…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Uus</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>Kleebi &amp;manusena</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Väl&amp;ju</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Kirje</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Seaded…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sünkroonimine</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Kasutusjuhend</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vaade</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Lisa kuvatud loendisse kirje</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Lisatud „{title}“</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Lisa manuseid</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Manuseid lisatud: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Manus pole veel siin</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Too valitud kirjed prügikastist tagasi</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Jagamist ootavad muudatused</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Jagamist ootavad muudatused: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Valige praktika või tööriist, millele faile lisada.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Kopeeri failid tööruumi ja lisa need manustena</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Lisamine ebaõnnestus</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Salvestamine ebaõnnestus</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Kustuta salvestatud otsing</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Diagnostikateave kopeeriti. Kleepige see sõnumisse inimesele, kes teid aitab; see ei sisalda nimesid ega sisu.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Muuda kuvatud kirjet</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>Tühjenda &amp;prügikast…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Tühjenda prügikast</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Prügikasti tühjendamine</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Kas kustutada kõik prügikastis olev sellest arvutist jäädavalt? Seda ei saa tagasi võtta.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Sellest arvutist jäädavalt kustutatud: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Tugipäringu jaoks: versioonid ja suurused, mitte kunagi nimesid ega sisu</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Mine &amp;loendisse</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Seo see kirje kontaktide, tööriistade või praktikatega</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Seo „{title}“…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Peamine tööriistariba</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Teisalda valitud kirjed prügikasti</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Teisaldatud prügikasti: {count}. Võtke tagasi klahvidega Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Navigeerimine</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Jagamist ootavaid muudatusi pole</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Salvestatud otsinguid veel pole. Sisestage midagi otsingukasti ja valige siis filtrite all Salvesta otsing.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>T&amp;aasta</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Tee uuesti</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Taastatud: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Salvesta otsing</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Otsing „{name}“ salvestati</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Salvestatud „{title}“</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Otsi kõikjalt</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Otsi kõikjalt (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Vali &amp;kõik</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Näita &amp;logikausta</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Näita: {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sünkroonimise olek</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Seda kirjet pole enam siin.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>Lõikelaual pole faili ega pilti, mida lisada.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Seda faili pole veel selles arvutis. See saabub järgmise sünkroonimisega.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Prügikast</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Võta tagasi</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Loodud</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Arutelud</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Leitud</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Viimati muudetud</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Salvestatud otsingud</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Ülevaatamiseks</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Prügikast</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tüüp</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Mis on uut</translation>
    </message>
    <message>
        <source>{field}: {text}</source>
        <translation>{field}: {text}</translation>
    </message>
</context>
<context>
    <name>NewsCounts</name>
    <message numerus="yes">
        <source>%n changed contacts</source>
        <translation>
            <numerusform>%n muudetud kontakt</numerusform>
            <numerusform>%n muudetud kontakti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n muudetud praktika</numerusform>
            <numerusform>%n muudetud praktikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n muudetud tööriist</numerusform>
            <numerusform>%n muudetud tööriista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n muudetud postitus</numerusform>
            <numerusform>%n muudetud postitust</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n uus kontakt</numerusform>
            <numerusform>%n uut kontakti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n uus postitus</numerusform>
            <numerusform>%n uut postitust</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n uus praktika</numerusform>
            <numerusform>%n uut praktikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n uus tööriist</numerusform>
            <numerusform>%n uut tööriista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n postitus</numerusform>
            <numerusform>%n postitust</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n praktika</numerusform>
            <numerusform>%n praktikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n kirje, mida teised on pärast teie viimast ülevaatust jaganud.</numerusform>
            <numerusform>%n kirjet, mida teised on pärast teie viimast ülevaatust jaganud.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n tööriist</numerusform>
            <numerusform>%n tööriista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n lugemata</numerusform>
            <numerusform>%n lugemata</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Manuste lisamine: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Tagasivõtmine või uuesti tegemine ebaõnnestus: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Loo {title}</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Kustuta kirjed: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Kustuta {title}</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Muuda: {title}</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Seo {title}</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Ei võetud tagasi: kirje „{title}“ välju {fields} on vahepeal muutnud keegi teine (see saabus viimase sünkroonimisega). Tema väärtus jääb; muutke seda käsitsi, kui teie oma peaks jääma.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Ei võetud tagasi: „{title}“ on vahepeal keegi teine prügikasti või sealt välja teisaldanud (see saabus viimase sünkroonimisega). See jääb nii, nagu on.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Eemalda manus {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Taasta kirjed: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Taasta {title}</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Eemalda seos kirjega {title}</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Lähedal olevad arvutid, mis pakuvad sünkroonimist:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>Paku sünkroonimist &amp;lähedal olevale arvutile…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Selle arvuti aadress</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>Ü&amp;henda ja sünkrooni</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Vali loendist arvuti või sisesta selle aadress nii, nagu see sellel on näidatud (näiteks 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Vali arvuti, mis pakub sünkroonimist (sellel Sünkroonimine → Paku sünkroonimist lähedal olevale arvutile…), ja sisesta kood, mida see näitab.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ühendamine…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Kui seda arvutit seal pole, ühenda aadressi kaudu: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Lase sinu grupi arvutil samas võrgus selle arvutiga sünkroonida, ilma serveri ja internetita</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Sinu grupi arvutite otsimine selles võrgus…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Paku sünkroonimist lähedal olevale arvutile</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>Vali teises arvutis (sama Wi-Fi või telefoni kuumkoht, sama grupp) Sünkroonimine → Sünkrooni lähedal oleva arvutiga…, vali see arvuti ja sisesta see kood:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Või ühenda &amp;aadressi kaudu:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>Sidumis&amp;kood:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Sidumiskood</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Edenemine</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Peata</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Peatatud. Midagi ei rakendatud poolikult.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Sünkrooni lähedal oleva &amp;arvutiga…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Sünkrooni oma grupi arvutiga, mis seda samas võrgus pakub</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Sünkrooni lähedal oleva arvutiga</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Sünkrooniti arvutiga „{name}”: vastu võetud muudatusi {received}, saadetud {sent}.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>See ei ole teises arvutis näidatud kood; midagi ei muudetud.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>See ei ole teises arvutis näidatud kood; midagi ei muudetud. Katseid jäänud: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>Koodis on kuus numbrit, nagu teises arvutis näidatud.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>Ühendus teise arvutiga katkes ({reason}). Midagi ei rakendatud poolikult; proovi uuesti.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>Ühendus katkes enne lõppu; midagi ei rakendatud poolikult. Ootan endiselt sinu grupi arvutit…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>Teine arvuti vastas viisil, mida see versioon ei mõista ({reason}). Midagi ei muudetud.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>Teine arvuti kuulub teise gruppi; sünkroonida saavad ainult sama grupi arvutid. Midagi ei muudetud.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>Teine arvuti lõpetas pakkumise liiga paljude valede koodide järel. Palu seal uus pakkumine; midagi ei muudetud.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>Selles võrgus ei leia arvutid üksteist: ühenda teises arvutis aadressi kaudu: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>Selles võrgus ei leia arvutid üksteist: sisesta teises arvutis näidatud aadress.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>See tööruum ei kuulu veel ühtegi gruppi. Seadista üks kord sünkroonimine oma grupi serveriga (Sünkroonimine → Seadista sünkroonimine…); pärast seda saab see sünkroonida ka lähedal olevate arvutitega.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Ootan sinu grupi arvutit…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>Hoitakse alles järgmise serveriga sünkroonimiseni, sest server tunneb need allkirjastanud arvutit: {count}.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>Tagasi lükatud (allkiri ei klappinud): {count}.</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>„{name}” kuulub teise gruppi ega saa selle arvutiga sünkroonida. Ootan endiselt…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>„{name}” ühendus; koodi kontrollimine…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>„{name}” sisestas vale koodi; midagi ei muudetud. Katseid jäänud: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>„{name}” sisestas õige koodi; sünkroonimine…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Kleebi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vali kõik</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Jah</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Rakenda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hülga</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Abi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoreeri</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>E&amp;i kõigile</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ava</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Lähtesta</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Taasta vaikeväärtused</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvesta</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvesta kõik</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Jah &amp;kõigile</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Kleebi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopeeri &amp;lingi asukoht</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vali kõik</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Märgi kõik ülevaadatuks</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(pealkirjata)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Lisa &amp;märkus…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Valige esmalt loendist kirje.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Viimati muudetud</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Pole midagi üle vaadata: kõik, mida teised jagasid, on üle vaadatud.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Ülevaataja märkus</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Ülevaataja märkus: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Jagaja</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Ülevaatamist vajavad jagatud kirjed</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Ülevaatamiseks</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Kirjuta valitud kirjele ülevaataja märkus</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Teie märkus kirjele „{title}“ liigub koos kirjega kõigile grupis. Seda saavad kirjutada ainult koordinaatorid.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, viimati muudetud {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Näidisandmeid ei õnnestunud laadida: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Näidisandmed laaditud.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Näidisandmete laadimine</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Näidisandmete laadimine peatati; laaditu jääb alles.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>Uut andmekausta kasutatakse järgmisest käivitamisest.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Teine RuralDeski aken töötab juba selles tööruumis ({path}). Lülituge sellesse aknasse või sulgege see ja proovige uuesti.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Valige oma tööruumi jaoks kaust</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Vali teine kaust…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jätka</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Seal, kus teie tööruumi hoitakse ({path}), on vaba ainult {free} MB. RuralDesk ei pruugi suuta teie muudatusi salvestada. Vabastage ruumi (tühjendage arvuti prügikast, eemaldage suured failid) ja jätkake siis.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Välju</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk on juba avatud</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk hoiab teie tööruumi kaustas {folder}, kuid ei saa sinna kirjutada ({reason}). Valige muu kaust, kuhu saate kirjutada, näiteks mõni teie dokumentide kaustas.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Näita varukoopiaid</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Andmekausta ei saa kasutada</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>Ketas on peaaegu täis</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>Kaust {folder} on kirjutuskaitstud. Valige muu kaust, kuhu saate kirjutada.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Tööruumi ei saa avada</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ketas on täis</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk hoiab teie tööruumi automaatseid varukoopiaid kaustas {backups}. Saate ühe taastada, kopeerides selle kahjustatud faili asemele.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konfliktid…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>Ka&amp;tkesta ühendus serveriga…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Grupp…</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Kutsekood:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Sünkrooni kohe</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Tõend:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Teie nimi:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Manus pole veel siin</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Manust pole serveris</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Ootel muudatused: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Kontrolli ja salvesta</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollimine…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Konfliktid: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Ühendatud. Teie tõendit hoitakse asukohas {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Ühenduse kontroll</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Allalaadimine ebaõnnestus</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Tõendit ei õnnestunud säilitada: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Katkesta ühendus serveriga</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Manuse allalaadimine</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Sisestage serveri aadress (algab https://) ja grupp.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Sisestage koordinaatorilt saadud tõend.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Kõik on selles arvutis salvestatud. Grupiga jagamiseks kasutage Sünkroonimine → Seadista sünkroonimine….</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Grupp „{group}“ aadressil {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kutsekood</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Grupiga liitumine…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Suur muudatus serverist</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Ei salvestatud: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pole veel sünkroonitud</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Avatud konfliktid</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Või isikliku tõendiga:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Kleepige koordinaatori saadetud kutsekood: see sisaldab serveri aadressi ja gruppi. Kui teil on selle asemel isiklik tõend, jätke see tühjaks ja täitke allolevad väljad. Tõendit hoitakse süsteemi paroolihoidlas, kui see on olemas, muidu failis, mida saate lugeda ainult teie.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Lahenda…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>&amp;Peata sünkroonimine</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Saada oma muudatused grupi serverisse ja too kõigi teiste omad</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Serveri &amp;aadress:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>Sea&amp;dista sünkroonimine…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Seadista sünkroonimine</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Kas lõpetada selle tööruumi sünkroonimine grupi serveriga? Teie kirjed jäävad sellesse arvutisse; veel saatmata muudatused jäävad ootele. Sünkroonimise saate hiljem uuesti seadistada.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Sünkroonimine… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>Grupi serveril pole veel seda faili: inimene, kes selle lisas, pole pärast seda sünkrooninud.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>Grupi server lükkas selle kirje muudatuse tagasi ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Grupi serveri muudatused teisaldaksid prügikasti {deletes} kirjet, kustutaksid jäädavalt {erasures} ja muudaksid {overwrites} — {total} teie {records} kirjest ({share}).

See võib olla õige (keegi korrastas ühiseid kirjeid) või viga. Kas rakendada need muudatused kohe?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Grupi liikmed; koordinaatoritele kutsed, rollid ja isikuandmete päringud</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Seda faili pole selles arvutis ja see tööruum pole grupi serveriga ühendatud.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>See kirje on konfliktis ({fields}): kaks inimest muutsid seda korraga.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>See tööruum sisaldab näidisandmeid. Näidisandmed on väljamõeldud ega lahku kunagi sellest arvutist, seega ei saa neid grupiga jagada.

Kas kasutada grupi kirjete jaoks uut, tühja tööruumi? Näidistööruum jääb nii, nagu on.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Ajakohane · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Töö võrguühenduseta: grupi serverit pole ühendatud</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Olete nüüd uues, tühjas tööruumis „{name}“. Näidistööruum jääb nii, nagu on.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>fail, mida saate lugeda ainult teie ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>serveri kontrollimine</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>serverit ei õnnestunud kätte saada</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>serverit ei õnnestunud kätte saada: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>sisestage uus tõend menüüs Sünkroonimine → Seadista sünkroonimine…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>säilitatud varasemast; asendamiseks sisestage uus</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>viimati sünkrooniti kell {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>valikuline: teie nimi, nagu grupp seda teab</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>uuesti proovimiseks vajutage F5</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>manuste vastuvõtmine</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>muudatuste vastuvõtmine</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>saabunu salvestamine</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>manuste saatmine</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>muudatuste saatmine</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>seadistage sünkroonimine uues, tühjas tööruumis</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>midagi läks valesti</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>midagi läks valesti ({reason}); üksikasjad on logis</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>peatamine</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>server ei aktsepteerinud seda tõendit selle grupi jaoks; kontrollige seda või küsige koordinaatorilt uut</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>server ei aktsepteerinud teie tõendit</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>server ei aktsepteerinud teie tõendit; küsige koordinaatorilt uut ja sisestage see menüüs Sünkroonimine → Seadista sünkroonimine…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>server lükkas päringu tagasi</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>server lükkas päringu tagasi: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>süsteemi paroolihoidla</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>see tööruum sisaldab näidisandmeid, mis ei lahku kunagi sellest arvutist; seadistage sünkroonimine uues, tühjas tööruumis</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>see tööruum sisaldab näidisandmeid, mida kunagi ei sünkroonita</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>uus katse kell {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>otsustasite serveri suurt muudatust mitte rakendada</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>teie peatasite selle</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done}/{total}</translation>
    </message>
    <message>
        <source>{what} — {then}</source>
        <translation>{what} — {then}</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Agroecology</source>
        <translation>Agroökoloogia</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Koosloome ametiasutustega</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Kogukonnatransport</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Digiplatvormide ühistud</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Haridus ja teenused</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Energiakogukonnad</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Ettevõtluse arendamine ja tööhõive</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Tervishoid</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Kohalik ettevõtlus</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Liikuvus</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Poliitika ja õigusraamistik</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Lühikesed toidutarneahelad</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Sotsiaalne kaasatus</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Solidaarsusvõrgustikud</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Jätkusuutlik põllumajandus ja toit</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Tööturule integreerimine</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>Va&amp;runda tööruum faili…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Ühendatavad kontaktid (märgitud):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Riik:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodeering:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Kustuta jäädavalt</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspordi…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Vorming:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupid:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Impordi</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Impordi…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Jäta alles:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Ü&amp;henda</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Ava kontakt</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Ava kirje</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>&amp;Praktika leht…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Loe nii</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Kirjed:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>T&amp;aasta varukoopiast…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Eraldaja:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Kasuta seda riiki</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(tuvastatud)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(loetamatu)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(pole midagi võrrelda)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} veergu</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>.vcf-fail, mida aadressiraamatud ja telefonid saavad lugeda.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Varukoopiat saab taastada ainult tühja tööruumi, kuid see sisaldab juba {practices} praktikat, {contacts} kontakti ja {tools} tööriista. Midagi ei muudetud.

Taastamiseks valige menüüs Fail → Seaded uus, tühi andmekaust, taaskäivitage RuralDesk ja taastage seal.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Prinditav leht (PDF või Markdown) kuvatud praktikast või mitmest</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Leht printimiseks või jagamiseks: põhifaktid, mida tehti, mida õpiti ja keda küsida. Pealkirjad on iga praktika keeles.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>Sünkroonimine käib. Oodake, kuni see lõpeb, ja taastage siis uuesti.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Manused, mida pole selles arvutis (hoitakse grupi serveris), pole varukoopias: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Varunda tööruum</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Varundati {records} kirjet ja {files} manusefaili asukohta {path}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Varundamine faili {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Varukoopia tehtud</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Varukoopia taastatud</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Varukoopiad (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Varukoopiad (*.zip);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Too varukoopia tagasi tühja tööruumi</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Too kontaktid, praktikad või tööriistad sisse CSV/TSV-tabelist või vCard-failist</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-tabelid (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Loetud kaarte: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Probleemiga kaarte: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Faili {name} kontrollimine</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Valige kodeering</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Valige väli, kuhu iga veerg läheb, või jätke see välja.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Veerg</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Veerg failis</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Veerud</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Importimata veerud: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Faili veerud</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Koma ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Alles jäetav kontakt</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Kontaktid, mis näivad olevat sama isik või organisatsioon, ühendamiseks</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Ühendatavad kontaktid</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Telefoninumbrite riik</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Kustuta kontakt jäädavalt, kõikjalt, ja loetle ülevaatamist vajavad mainimised</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Topeltklõpsake, et avada juba olemasolev kontakt</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Topeltkontaktid</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Kustuta see isik &amp;jäädavalt…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>Ekspo&amp;rdi kõik selle isiku kohta…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Kustuta jäädavalt</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Kustuta see isik jäädavalt</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Kas kustutada „{name}“ ja kõik tema kohta hoitav jäädavalt?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>{name} jäädav kustutamine</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Iga kontakt loendis ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Iga praktika loendis ({count}) ühes dokumendis</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Enne importimist peab iga rida olema korras. Parandage need read failis ja importige see uuesti või importige ainult kehtivad read.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Kõik „{name}“ kohta salvestati asukohta {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Kõik selles tööruumis, k.a manused, ühes failis</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Näide</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Windowsi Excel näitab rõhumärkidega tähti õigesti ainult selle märgiga</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Ekspordi kontaktid &amp;vCard-vormingus…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Ekspordi kontaktid vCard-vormingus</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Ekspordi kõik selle isiku kohta</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Ekspordi loend &amp;CSV-vormingus…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Ekspordi loend CSV-vormingus</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Eksport:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Eksporditi {count} kontakti asukohta {path}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Eksporditi {count} kirjet asukohta {path}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Eksportimine faili {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Imporditav fail</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Leia &amp;topeltkontaktid…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Leitud</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Tõenäoliste duplikaatide rühmad</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impordi</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Impordi &amp;kui:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Impordi tabel</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Impordi üksikasjad</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Impordi leiud</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Impordi kogumisse</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Impordi aruanne</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Impordi tulemus</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Impordi veerg „{name}“ välja</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Impordi probleemideta read ja jäta teised välja</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Impordi ainult kehtivad read</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Impordi ainult kehtivad read ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Imporditud: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Imporditud: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Faili {name} importimine</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>See ei õnnestunud: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Selle lingid eemaldatakse {count} seotud kirjest.</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Selle varasemad väärtused kustutatakse muudatuste ajaloost.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-failid (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Topeltkontaktide otsimine</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Näib olevat</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdown-tekst</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>Isiku nime, e-posti aadresside või telefonide mainimisi teiste kirjete tekstis ei muudeta: saate nende loendi hilisemaks ülevaatamiseks.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Ülevaatamist vajavad mainimised</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Ühenda kontaktid</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Ühenda märgitud kontaktid alles jäetavaga</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>Ühendati {count} kontakti üheks; uuesti seotud kirjeid: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Nimed nii, nagu {encoding} neid loeb</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Varukoopiat ei tehtud: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Ükski veerg ei lähe veel välja: valige vähemalt üks.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Tõenäolisi duplikaate pole</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Tõenäolisi duplikaate ei leitud.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Ükski teine kirje sellele ei viita.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Selle tööruumi telefonipiirkonda pole määratud.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Ei imporditud ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Ei imporditud: faili {name} telefoninumbritele ei valitud riiki. Midagi ei muudetud.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Ei imporditud: failile {name} ei valitud kodeeringut. Midagi ei muudetud.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Määramata (küsitakse vajadusel)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Märkus</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Midagi ei kustutatud jäädavalt: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Midagi ei eksporditud: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Midagi ei imporditud.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Midagi ei imporditud: fail ei sisalda kirjeid.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Midagi ei imporditud: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Midagi ei taastatud: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Imporditi ainult kehtivad read; allolevad read jäeti välja.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Ava esiletõstetud kontakt</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Ava esiletõstetud kirje</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumendid (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Riigikoodita telefoninumbrid</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Riigikoodita telefoninumbreid loetakse kui {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Telefonipiirkond</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Võimalikud duplikaadid</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Võimalikud duplikaadid ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Võib-olla juba olemas: {count} (vt „Võimalikud duplikaadid“)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Praktika leht</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Kirjutatud praktikalehti: {count}, asukohas {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Eelvaade</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Impordi eelvaade</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Eelvaate kokkuvõte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleemid</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Probleemid ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Omadus</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Loe kodeeringus {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Loetud kui: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Faili uuesti lugemine…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Faili {name} lugemine</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Tuvastatud eksport</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Tuvastatud: &lt;b&gt;{preset}&lt;/b&gt;. Selle veerud on allpool seotud; kontrollige neid enne importimist.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Taasta varukoopiast</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Kas taastada {count} kirjet failist {name} (tehtud {date}) sellesse tühja tööruumi?</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Taastati {records} kirjet ja {files} manusefaili failist {name}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Faili {name} taastamine</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rida</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Eelvaadatud ridu: {count}; kõik on importimiseks valmis.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Eelvaadatud ridu: {count}; probleemiga: {bad}. Parandage need failis või muutke ülalolevaid veerge.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Loetud ridu: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Probleemiga ridu: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Salvesta kuvatud loend koos veergude ja filtritega tabelina</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Salvesta valitud kontaktid või kogu loend aadressiraamatu või telefoni jaoks</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikoolon ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Kuvage esmalt kontakt.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Lehtede tegemiseks kuvage praktika või praktikate loend.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Kuvage kontaktid (või otsige mõnda) ja valige eksporditavad.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Peatatud: {what}. Midagi ei muudetud.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabeldusmärk</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Tabelid ja aadressiraamatud (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>Valikut saab järgmises etapis veel muuta jaotises „Kodeering“.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Kontakt kustutatakse sellest arvutist jäädavalt: mitte prügikasti, ja seda ei saa tagasi võtta.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>Kontakt, selle ajalugu ja iga kirje, mis on sellega seotud või seda mainib, JSON-vormingus</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Kontakte ei eksporditud: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Kontakte ei ühendatud: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Selle tööruumi riigikoodita kirjutatud telefoninumbrite riik</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Faili eelvaadet ei saa kuvada: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Faili ei saa nii lugeda: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>Esimesed read nii, nagu need salvestatakse. Probleemiga read on märgitud; import peatub, kui mõnel faili real on probleem.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>Faili {name} tähti saab lugeda mitmel viisil ja me ei oska öelda, milline on õige. Valige veerg, kus nimed on õigesti kirjutatud.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>Loendit ei eksporditud: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>Telefonipiirkonda ei salvestatud: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>Kuvatud praktika: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>Otsingu leitud kirjed koos veergudega, mida loend nende tüübi jaoks näitab.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>Duplikaatide otsing peatus: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>Otsing ei leidnud midagi eksportimiseks.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Valitud kontaktid ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>Valitud praktikad ({count}) ühes dokumendis</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>Lehte ei kirjutatud: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>Prügikasti ei saa eksportida. Valige praktikad, kontaktid, tööriistad või teemad.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Need kontaktid näivad olevat sama isik või organisatsioon. Ühendamine jätab alles ühe kontakti, täidab selle tühjad väljad teiste põhjal, teisaldab sellele kõik lingid ja manused ning teisaldab teised prügikasti (taastatavad).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Seda faili ei saa importida: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Seda faili ei saa taastada: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Seda küsitakse üks kord ja jäetakse tööruumi jaoks meelde; seda muudab Fail → Seaded. Riigikoodiga numbreid ja ridu, mis nimetavad riiki, loetakse nii, nagu need on.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Sellel real on probleem</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Seda tööruumi ei jagata grupi serveriga; mujal olevaid koopiaid (varukoopiad, ekspordid) see ei puuduta.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Seda tööruumi jagatakse: jäädav kustutamine saadetakse järgmisel sünkroonimisel grupi serverisse ja iga liikme koopia kustutab selle samuti.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tüüp</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 koos &amp;BOM-iga, Exceli jaoks</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 koos BOM-iga</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 koos BOM-iga, Exceli jaoks</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Väärtus</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Püstkriips ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Oodake, kuni pooleliolev töö (import, eksport) lõpeb, ja taastage siis uuesti.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Hoiatused ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Mida jäädav kustutamine teeb</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Miks</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Miks need sarnanevad</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Miks: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Faili {name} kirjutamine</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>veerg {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>loodud {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>faks</translation>
    </message>
    <message>
        <source>home</source>
        <translation>kodu</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobiil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>muu</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>praktikalehed</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>see fail</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (vanemad telefonid)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-failid (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>töö</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} sisaldab riigikoodita telefoninumbreid (näiteks „{example}“) ridadel, mis ei nimeta riiki. Mis riigis need on?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: iga kirje, mida loend näitab ({count}), koos filtrite, järjestuse ja kuvatud veergudega.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: leitud {count}</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— jäta välja —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>„{name}“ kustutati jäädavalt.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>„{name}“ kustutati jäädavalt. Ükski teine kirje ei maini teda oma tekstis.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>„{name}“ kustutati jäädavalt. Need kirjed mainivad teda endiselt oma tekstis. Avage igaüks ja eemaldage või sõnastage mainimine ümber, kus see on isikuandmed.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Märkige rahastuse summa valuuta</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>Piirkond {value} pole riigis {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Lõppkuupäev on enne alguskuupäeva</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Tundmatu väli „{value}“</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label} ei saa olla negatiivne</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} on kohustuslik</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label} on liiga pikk ({length} märki, kõige rohkem {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label} peab olema loend</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label} peab olema tekstide loend</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label} peab olema arv, mitte „{value}“</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label} peab olema täisarv</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label} peab olema tekst</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: iga kirje vajab väärtust</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>„{value}“ pole NUTS-piirkonna kood</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>„{value}“ pole kuupäev (kasutage AAAA-KK-PP)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>„{value}“ pole telefoninumber (kasutage +riigikoodi, nt +351 21 000 0000)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>„{value}“ pole võimalik telefoninumber</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}“ pole kirje ID</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>„{value}“ pole kehtiv e-posti aadress</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>„{value}“ pole veebiaadress (see peaks algama https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>„{value}“ pole ISO 3166 riigikood</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>„{value}“ pole ISO 4217 valuutakood</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>„{value}“ pole ISO 639 keelekood</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}“ pole üks järgmistest: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Mis on uut</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(pealkirjata)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Muudetud kontakt: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Muudetud praktika: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Muudetud tööriist: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Kõik siin on loetud.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Esimene sünkroonimine: {items} teie grupilt</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Märgi &amp;kõik loetuks</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Märgi kõik jaotises Mis on uut loetuks</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Uus kontakt: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Uus praktika: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Uus tööriist: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Teie grupilt pole veel midagi uut. Kui teised lisavad või muudavad praktikaid, kontakte või tööriistu, näidatakse neid siin pärast sünkroonimist.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Ainult &amp;lugemata</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Seda kirjet pole enam siin.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Täna</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Lugemata: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Mis saabus teie grupilt</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Mida teie grupp on lisanud või muutnud pärast teie viimast vaatamist</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Mis on uut</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Eile</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>keegi</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} teie grupilt</translation>
    </message>
</context>
</TS>
