<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Ni programa, ki bi odprl to datoteko</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Shrani kopijo</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Shrani kopijo …</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>V tem računalniku ni programa, ki bi odprl „{name}“. Lahko shranite kopijo in jo pozneje odprete s programom po svoji izbiri.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Svetovalna služba</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Organ javne oblasti</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Slaba</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Skupnostna zadruga</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Skupnostna fundacija</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Privolitev</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Pogodba</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Osnutek</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Finančna služba</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Dobra</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Smernice</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Doma</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Zakonska obveznost</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Zakoniti interesi</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Občina</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodologija</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mešana</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobilni</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Drugo</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Oseba</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Priporočilo za politiko</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Naloga v javnem interesu</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Regionalni organ</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Deljeno</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Socialno podjetje</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Podporna služba</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Predloga</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Skupnostni prostor</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Nabor orodij</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Usposabljanje</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Vaško društvo</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Življenjski interesi</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Umaknjena</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Služba</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Zaposlitveno podjetje</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Priloga</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Priloge</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Stik</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Stiki</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Razprava</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Razprave</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Povezani stiki</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Povezane prakse</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Povezana orodja</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nov stik</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Nova praksa</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nova tema</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Novo orodje</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Objava</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Objave</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praksa</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Prakse</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teme</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Orodje</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Orodja</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignoriraj</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>&amp;Pusti izbrisano</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Združena vrednost (uredite in nato shranite):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Odpri zapis</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>O&amp;bnovi zapis</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>&amp;Shrani združeno vrednost</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(prazno)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(brez naslova)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Spori</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Obdrži &amp;mojo</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Obdrži &amp;njihovo</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Združena vrednost</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Ni sporov: vse spremembe v skupini so se ujemale.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Ni shranjeno: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Nerešeni spori</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Zavrnjeno: {title} – {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Rešeno: „{title}“ – {field}. Vaša izbira bo ob naslednji sinhronizaciji poslana skupini.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Njihova vrednost</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>Njihova – {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Ko sta dve osebi pred sinhronizacijo spremenili isto stvar, je strežnik skupine ohranil eno vrednost, drugo pa odložil. Izberite, kaj naj piše v zapisu; vaša izbira bo ob naslednji sinhronizaciji poslana vsem.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Zakaj jo je strežnik zavrnil</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Vaša sprememba ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Vaša vrednost</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>Vaša – {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>drug član</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>izbrisano ali ohranjeno</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>skupina</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vi</translation>
    </message>
    <message>
        <source>{title} — {field}</source>
        <translation>{title} – {field}</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>(untitled)</source>
        <extracomment>a line above the record when something needs the person (set by the sync UI: banner_for(record) -&gt; rich text with an rd: link, or &quot;&quot;)</extracomment>
        <translation>(brez naslova)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Prekliči urejanje</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Izberite zapis na seznamu ali pritisnite Ctrl+N, da ga dodate.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Obrazec za urejanje</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Uredi „{title}“</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Polja, označena z *, so obvezna.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Želite zapustiti brez shranjevanja?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Popravite spodaj označena polja.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Težava s poljem {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obvezno</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Shrani zapis</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Spremembe tega zapisa niso shranjene. Želite zapustiti obrazec in jih izgubiti?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>ustvaril(-a) {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>v košu</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>nazadnje spremenil(-a) {who}, {when}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>še ni v tem računalniku</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>odstrani</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>odveži</translation>
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
        <translation>Pri&amp;loge:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Prebrskaj …</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Mapa s podatki:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Velikost pisave:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Jezik vmesnika:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Koda povabila:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>&amp;Telefonska regija:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>Nova mapa s podatki bo uporabljena ob naslednjem zagonu.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Dodajte svoje prakse, stike in orodja.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>Vpra&amp;šaj, preden sinhronizacija spremeni več kot:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Izberite mapo s podatki</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Stolpci</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Poveži se s strežnikom skupine</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Mapa s podatki</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Privzeta mapa s podatki</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Predstavitveni zapisi na zbirko</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Prenesi ob odpiranju</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Izmišljene prakse, stiki in orodja v sedmih jezikih, da lahko program preizkusite. Pozneje jih lahko izbrišete.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Poiščite zapise za povezavo</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Koda povabila</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Pridružite se skupnemu prostoru svoje skupine s kodo povabila, ki vam jo je poslal koordinator.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Vse obdrži brez povezave</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Naloži predstavitvene podatke</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Samo ko zahtevam</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Zapisi na zbirko:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Zapisi za povezavo</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk hrani prakse, stike in orodja vaše skupine v tem računalniku in deluje brez povezave. Kako želite začeti?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>&amp;Sinhroniziraj vsakih:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavitve</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Pokaži te stolpce:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Začni s praznim delovnim prostorom</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Ustavljanje …</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Jezik sistema</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Velikost sistema</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Vnesite ime ali besedo, da poiščete zapise</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Dobrodošli v RuralDesku</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>dodano {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} od {total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n objava</numerusform>
            <numerusform>%n objavi</numerusform>
            <numerusform>%n objave</numerusform>
            <numerusform>%n objav</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n nit</numerusform>
            <numerusform>%n niti</numerusform>
            <numerusform>%n niti</numerusform>
            <numerusform>%n niti</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(brez naslova)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(ni navedeno)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Nit potrebuje naslov in uvodno objavo.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Priloži datoteke</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Priloži datoteke …</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Priloženo:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentarji</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Komentarji (%n)</numerusform>
            <numerusform>Komentarji (%n)</numerusform>
            <numerusform>Komentarji (%n)</numerusform>
            <numerusform>Komentarji (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Razprave ni bilo mogoče izvoziti: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Shranjevanje ni uspelo: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Osnutek je ohranjen</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Osnutek, ohranjen od {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Uredi</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Uredi svojo objavo</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Izvozi kot Markdown …</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Izvozi kot PDF …</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Izvozi razpravo</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Datoteke, ki bodo priložene tej objavi</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Datoteke za prilogo: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Skril koordinator: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Skrito pred skupino: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skrij</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Skrij razpravo …</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Skrij …</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Jezik:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Zadnja dejavnost</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Nova &amp;nit …</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nova nit</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Nova nit …</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Objav še ni. Spodaj napišite prvo.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Niti še ni. Začnite jo z ukazom Nova nit; komentarji k praksi, orodju ali stiku so na dnu njegove strani.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Ni odgovor</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Ni dovoljeno: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Uvodna objava</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Uvodna objava:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Objavi</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Objavi (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Objava je odstranjena</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Objavljeno. Skupini bo poslano ob naslednji sinhronizaciji.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Objave</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Odgovori</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Odgovor na objavo</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Odgovor za {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Pokaži %n starejšo objavo</numerusform>
            <numerusform>Pokaži %n starejši objavi</numerusform>
            <numerusform>Pokaži %n starejše objave</numerusform>
            <numerusform>Pokaži %n starejših objav</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Znova pokaži</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Pokaži razprave</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Začni razpravo s skupino</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Začni razpravo s skupino (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Začel(-a)</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>Razprava je zapisana v {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>Prejšnja različica ostane v zgodovini objave.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>Uvodna objava … *poudarek*, **krepko**, - seznami, [povezave](https://…), @član</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Naslov:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Nit</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Niti</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Različica {n}, {when}, avtor: {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Različice objave</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>O čem gre?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Zakaj je skrita? Vsi vidijo razlog na njenem mestu.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Umakni</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Želite umakniti to objavo? Njeno besedilo izgine iz niti; prejšnje različice ostanejo v zgodovini.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Umakni svojo objavo</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Umaknil avtor.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Napišite objavo … *poudarek*, **krepko**, - seznami, [povezave](https://…), @član (Ctrl+Enter objavi)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Najprej nekaj napišite.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Namesto tega piši celotni niti (Escape)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Vaša objava</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>pravila razprave te spremembe ne dovoljujejo</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>objava potrebuje besedilo</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>odstranjena objava</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>urejeno</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>v odgovor za {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>objavo ali razpravo lahko skrije samo koordinator</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>objavo lahko uredi ali umakne samo njen avtor</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>naslov, teme ali jezik razprave lahko spremeni samo član, ki jo je začel</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>začel(-a) {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (skrito)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · novo: {count}</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(izberite)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brez)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Počisti</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Brez datuma</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odstrani</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Vnesite in pritisnite Enter</translation>
    </message>
    <message>
        <source>add</source>
        <translation>dodaj</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>počisti</translation>
    </message>
    <message>
        <source>list</source>
        <translation>seznam</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>odstrani</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>za dodajanje</translation>
    </message>
    <message>
        <source>type</source>
        <translation>vrsta</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Dejavnosti</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Priloge</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Ciljna skupina</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Avtor</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Nadrejena tema</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Komentarji k</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum privolitve</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Vir privolitve</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Okoliščine</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Razprava</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-poštni naslovi</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Datum konca</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Strokovne teme</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Priimek</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Ime datoteke</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Polno ime osebe ali ime organizacije</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Znesek financiranja</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Vir financiranja</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Član skupine</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Skrito, ker</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Odgovor na</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Jeziki</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Pravna podlaga</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Pridobljene izkušnje</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Povezave</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Vrsta medija</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Omembe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime ali naziv</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opombe</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Cilji</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Ovire (pravne / politične)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Vrste organizacij</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Partnerji (vključno z organi oblasti)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Poštna številka</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regija</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Sorodni stiki</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Sorodna orodja</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Odstranjene objave</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Rezultati</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Opomba pregledovalca</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vloga</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Velikost (bajti)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Datum začetka</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Začel(-a)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Ulica in hišna številka</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Povzetek</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Besedilo</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>Ime osebe kot člana skupine: njene objave so potem del njenih podatkov</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Kraj / vas</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Prenosljivost</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Spletno mesto</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Revizijski dnevnik</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>Prekli&amp;či povabilo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Izvozi vse o tej osebi …</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datoteka:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>Predaj &amp;datoteko strežniku …</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Povabila</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>Povabi &amp;nekoga …</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>Čl&amp;ani</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>Na&amp;jnovejši vnosi</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>Starej&amp;ši vnosi</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacija:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Geselna fraza:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>&amp;Osebni podatki</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vloga:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>Ve&amp;ljavno:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dan</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 teden</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Preklican žeton takoj ustavi sinhronizacijo: tisti računalnik obdrži svojo kopijo, ne more pa več pošiljati ali prejemati. Označite računalnike, ki jih želite odklopiti.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>O programu</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Dodal(-a) člana</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Strežnik sprašujem, kdo ste …</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>Na {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>Na {url} · vaša vloga: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revizijski dnevnik</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Izberi …</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Prekliči povabilo</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Želite preklicati povabilo za {name}? Koda takoj preneha delovati; osebo lahko pozneje znova povabite.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Preklical(-a) povabilo</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Preklic povabila …</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Spremeni &amp;vlogo …</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Spremeni vlogo za {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Spremenil(-a) člana</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Spreminjanje vloge …</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Izberite datoteko</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopirano</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Kopiraj kodo povabila</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Ustvari povabilo</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Ustvarjanje povabila …</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Trajno izbriši to osebo …</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Trajno izbriši v vsaki repliki</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Trajno izbriši „{name}“</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Želite „{name}“ trajno izbrisati iz vse skupine? Tega ni mogoče razveljaviti. Izbriše se tukaj in se takoj pošlje strežniku; RuralDesk vsakega člana ga izbriše ob naslednji sinhronizaciji:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Trajno izbrisal(-a) zapis</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Trajno brisanje …</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Vse o {name} je zapisano v {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Izvozi vse o {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Izvažanje …</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Poišči osebo</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>To kodo dajte osebi {name}. V RuralDesku izbere Sinhronizacija → Nastavi sinhronizacijo … in jo prilepi ali pa sliko skenira s telefonom in si jo pošlje. Deluje enkrat, do {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Stanje okna skupine</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Skupina „{group}“</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Predaj datoteko strežniku</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Predaj strežniku</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Predajanje datoteke strežniku …</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Koda povabila</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Koda povabila kot koda QR</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Povabilo za {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Povabilo za {name} je preklicano.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Povabilo za {name} je ustvarjeno.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Povabi nekoga</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Povabil(-a) nekoga</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Izdal(-a) žeton</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Njegove priloge: nobene</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Njegove priloge: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Njegova zgodovina z vrednostmi, ki jih je imel (zabeležene spremembe: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Datoteke JSON (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Pridružili ste se skupini, žetona pa ni bilo mogoče shraniti: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Pridružil(-a) se je s povabilom</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Zadnja sinhronizacija</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Povezave nanj iz drugih zapisov: nobene</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Povezave nanj iz {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Naštevanje, kaj odstrani trajni izbris …</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Nalaganje revizijskega dnevnika …</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Nalaganje žetonov člana …</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Nalaganje članov …</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Nalaganje odprtih povabil …</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Član</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Člani</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Člani vidijo novo ime po naslednji sinhronizaciji; naslov skupine ostane.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Ni povezave s strežnikom skupine.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Ni narejeno: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Spremembe v datoteki: {total}; strežnik jih je uveljavil {applied}, {already} pa jih je že imel.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Spremembe v datoteki: {total}; strežnik jih je uveljavil {applied}, {already} jih je že imel, {refused} pa jih je zavrnil: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Samo koordinatorji skupine lahko vabijo ljudi, spreminjajo vloge ali odstranjujejo člane. Prosite enega od njih.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Odprta povabila</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osebe</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Znova na&amp;loži</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>Odstrani iz &amp;skupine …</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>Preimen&amp;uj skupino …</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Prekliči &amp;žetone …</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Bralec</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Odstrani {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Odstrani {name} iz skupine</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Želite odstraniti {name} iz skupine? Žetoni te osebe takoj prenehajo delovati in ne bo več prejemala zapisov skupine. Vse, kar je dodala ali spremenila, ostane pod njenim imenom.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Odstranil(-a) člana</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Odstranjevanje člana …</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Preimenuj skupino</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Preimenoval(-a) skupino</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Preimenovanje skupine …</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Prekliči žetone osebe {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Preklical(-a) žeton</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Preklicevanje …</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vloga</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Pošlji spremembe iz datoteke za predajo, ki jo je nekdo prinesel, neposredno strežniku</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Spremembe iz datoteke gredo na strežnik pod imeni ljudi, ki so jih naredili; ta računalnik jih dobi ob naslednji sinhronizaciji, tako kot vsi. Sprememb, ki jih strežnik že ima, ne prevzame dvakrat.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Koda je v odložišču.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>Stik „{name}“ in vse vrednosti polj, ki jih je imel</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>Razprava o tem stiku z njenimi objavami ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Datoteka ne vsebuje sprememb; nič ni bilo poslano.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>Pet besed, ki ste jih dobili skupaj z datoteko, a ločeno od nje.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>Skupina se zdaj imenuje „{name}“.</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>Povabilo da eni osebi mesto v skupini. Oseba prilepi kodo v RuralDesk (Sinhronizacija → Nastavi sinhronizacijo …) v svojem računalniku; deluje enkrat.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>Oseba je omenjena tudi v besedilu drugih zapisov ({count}). To besedilo se ne spremeni: po trajnem izbrisu ga preglejte (izvoz navaja, kje).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Lastne objave osebe v razpravah skupine ({count}); niti ostanejo in kažejo „objava je odstranjena“</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Ta član nima žetona v uporabi.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Ta delovni prostor ni povezan s strežnikom skupine. Uporabite Sinhronizacija → Nastavi sinhronizacijo … s kodo povabila, ki vam jo je dal koordinator.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Žetoni</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Preklicani žetoni osebe {name}: {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Vnesite ime, e-poštni naslov ali telefonsko številko</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Velja do</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kaj</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Kaj se bo zgodilo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdaj</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Ko oseba vpraša, kaj skupina hrani o njej, ali zahteva izbris (člena 15 in 17 GDPR), jo poiščite tukaj.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Delo poteka</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>dodaja in ureja zapise skupine</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>kot ga bo videla skupina</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>upravlja skupino: člane, povabila, trajni izbris</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikoli</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>neobvezno</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>bere zapise skupine, ničesar ne spreminja</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>datoteke ni mogoče prebrati ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>strežnik ni sprejel žetona tega računalnika; prosite koordinatorja za novo povabilo</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>neimenovan računalnik</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} dnevi</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} tedna</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, od {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (vi)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} ni več član; zapisi te osebe ostanejo.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} ima zdaj vlogo: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>„{name}“ je tukaj trajno izbrisan(-a); izbris gre na strežnik s to sinhronizacijo in doseže vsako repliko ob njeni naslednji sinhronizaciji.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Uveljavljeno: {applied}. Že tukaj: {duplicates}. Za posredovanje strežniku: {held}. Zavrnjeno: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Zapisane spremembe: {count}, v {path}.

Geselna fraza (prikazana samo zdaj): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Ta računalnik se mora pred predajo sprememb vsaj enkrat povezati s strežnikom skupine.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Izvozi spremembe za drug računalnik …</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Izvažanje sprememb</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Datoteke za predajo (*.rdrelay);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Uvozi spremembe iz datoteke …</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Uvažanje sprememb</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Nič ni bilo spremenjeno: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Geselna fraza</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Ustavljeno. Nič ni bilo spremenjeno.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Datoteka je okrnjena: ni bila v celoti kopirana.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Datoteka je bila po nastanku spremenjena ali poškodovana.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Datoteka bo zaklenjena s temi besedami (po želji jih spremenite). Dajte jih osebi, ki jo bo uvozila, ločeno od datoteke.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>Geselna fraza ne odpre te datoteke: preverite besede in poskusite znova.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Ta datoteka vsebuje spremembe druge skupine.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>To ni datoteka za predajo programa RuralDesk.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Vnesite besede, s katerimi je bila datoteka zaklenjena.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>O programu RuralDesk</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Organizator praks, stikov in orodij, ki deluje predvsem brez povezave, za podeželske skupine socialne ekonomije: vaška društva, zadruge, socialna podjetja, skupnostne prostore in organe oblasti, ki z njimi sodelujejo.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licenca:</translation>
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
        <translation>Navodila za uporabo programa RuralDesk</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>Navodila za uporabo niso nameščena s to kopijo programa RuralDesk. Najdete jih na spletu na naslovu {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Navodila za uporabo</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Delovni prostor:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Komentarji k {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>Pisava DejaVu Sans ni nameščena: PDF uporablja Helvetico, ki ne more natisniti črk zunaj zahodne Evrope (poljskih, grških …); namestite fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Razprava</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Izvoz iz Google Stikov</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Izvoz iz Google Stikov (CSV za Outlook)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Skril koordinator: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Izvoz iz Outlooka</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Telefon ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Objava je odstranjena</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Objave: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Regija: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Začel(-a) {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Izvoz imenika iz Thunderbirda</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Umaknil avtor.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>slika GIF</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>slika JPEG</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>dokument PDF, ne tabela ali imenik</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>slika PNG</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>program za Windows, ne podatkovna datoteka</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>arhiv ZIP (preglednica .xlsx ali .ods?); najprej jo v programu za preglednice shranite kot CSV</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>datoteka</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>datoteka, stisnjena z gzip; najprej jo razširite</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>program, ne podatkovna datoteka</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>narekovaj (&quot;) v tej vrstici ni nikoli zaprt</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>narekovaj (&quot;) v tej vrstici ni zaprt v isti vrstici</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>celica v narekovajih ima besedilo za zaključnim narekovajem in vrstica nima toliko celic kot glava</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>drugi naslov se ne uvozi (ohrani se samo en naslov)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>tabela</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>datoteka vCard</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>država v naslovu ni prepoznana</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>zbirka podatkov SQLite (cel delovni prostor vrnete z obnovitvijo)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>različica (ALTID {altid}) vrednosti, ki je že ohranjena</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>star dokument Office (.xls ali .doc); najprej ga v programu za preglednice shranite kot CSV</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>{name} ni mogoče prebrati: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>kategorija ni tema tega delovnega prostora</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>stolpec {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>urejeno {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>skupina „{group}“ ni tema tega delovnega prostora; ni uvožena</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>ima {cells} celic, glava pa navaja {columns} stolpcev; odvečne celice bi se izgubile</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>v odgovor za {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>vsebuje datoteko, ki je manifest ne navaja („{file}“)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>dvakrat vsebuje datoteko „{file}“</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>navaja {count} datotek prilog, več kot {limit}, ki jih sme vsebovati varnostna kopija</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>razširila bi se na {size}, več kot {limit}, ki jih sme zapisati obnovitev</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>njen manifest ne opisuje pravilno datoteke replike</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>njen manifest ne navaja pravilno števil</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>njen manifest ne navaja pravilno prilog</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>njen manifest je večji od manifesta katere koli varnostne kopije</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>njen manifest ni seznam poimenovanih vrednosti</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>njen manifest dvakrat navaja prilogo {file}…</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>njen manifest navaja prilogo „{file}“, ki ni kontrolna vsota</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>jezik ni prepoznan</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>podobno kartici {number} v tej datoteki ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>podobno vrstici {number} v tej datoteki ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>podobno zapisu „{title}“, ki že obstaja ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>predpona imena ni uvožena</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>pripona imena ni uvožena</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>ni ustreznega polja</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>ni prakse za zapis (iskanje ali filtri ne najdejo nobene); {out} ni bil zapisan</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>ohrani se samo en naslov</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>ohrani se samo eno ime</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>ohrani se samo ena organizacija</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>ohrani se samo ena vloga</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>ohrani se samo en spletni naslov</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>oznaka telefona se ne ohrani (številka se uvozi)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>telefon {number} nima klicne kode države in ni nastavljene regije, po kateri bi ga prebrali; ohranjen v opombah (nastavite telefonsko regijo delovnega prostora ali --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>telefon {number} zapisan kot {written} (številke brez klicne kode države se berejo kot {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>regija „{region}“ ni nam znana regija NUTS; ohranjena v opombah</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>isti e-poštni naslov {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>isto ime</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>isti telefon {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>podobni imeni ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>preglednica (stolpci, povezani po imenih)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>ime datoteke „{file}“ kaže zunaj varnostne kopije</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>zadnja vrstica je prekratka (manj celic kot glava in brez konca vrstice): datoteka je videti okrnjena</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>vrstice ni mogoče prebrati ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>delovni prostor {path} ni prazen (zapisov: {count}); obnavljajte samo v prazen delovni prostor (izberite novega)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>ta kartica je bila izvožena iz tega delovnega prostora in stik je še vedno tu (isti UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>neznano kodiranje {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} (vrednosti: {count})</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} ni mogoče varno obnoviti: {reason}; nič ni bilo spremenjeno</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>{name} nima vrstice z glavo (prva vrstica naj poimenuje stolpce)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} vsebuje poškodovano repliko ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} je v UTF-8 razen vrstice {line} (bajt {byte}), ki je v drugem kodiranju: v eni datoteki sta pomešani dve kodiranji; popravite to vrstico ali izberite kodiranje cele datoteke</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} je binarna datoteka, ne besedilo (vsebuje bajte NUL)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} je binarna datoteka, ne besedilo (vsebuje bajte NUL, prvič v vrstici {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} je poškodovana ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} je poškodovana: priloga {file}… se ne ujema s svojo kontrolno vsoto</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} je poškodovana: replika v njej se ne ujema s svojo kontrolno vsoto</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} je poškodovana: „{file}“ je krajša, kot navaja manifest</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} je prazna</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} ni v nobenem kodiranju, ki ga znamo natančno prebrati (ne UTF-8, UTF-16, kodna stran Windows ali ISO 8859 ne Shift-JIS); znova jo shranite kot UTF-8</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} ni popolna: manjka datotek: {count} (prva: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} ni varnostna kopija RuralDeska (ni datoteka ZIP); morda je okrnjena</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} ni varnostna kopija RuralDeska ali pa je poškodovana ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} ni varnostna kopija delovnega prostora RuralDesk</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} ni datoteka vCard (začeti bi se morala z BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} ni veljavna datoteka vCard: kartica {number} je okvarjena ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} ni veljavno besedilo UTF-16; morda je okrnjeno ali poškodovano</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} ni veljavno besedilo UTF-32; morda je okrnjeno ali poškodovano</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} vendarle ni besedilo v kodiranju {encoding} (bajt {byte}); znova ga shranite kot UTF-8</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} ni besedilo v kodiranju {encoding}: vrstica {line} vsebuje bajte, ki jih ni mogoče prebrati (bajt {byte}); izberite drugo kodiranje</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} ima {size}, več kot {limit}, kolikor je dovoljeno za {what}; razdelite jo na manjše datoteke</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} je {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} potrebuje {size} prostora na disku, prostega pa je samo {free}; nič ni bilo spremenjeno</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} se začne kot UTF-8, vendar vrstica {line} vsebuje bajte, ki niso UTF-8 (bajt {byte}); morda je poškodovana – znova jo shranite kot UTF-8</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} je bila ustvarjena z novejšim RuralDeskom (oblika varnostne kopije {version}); za obnovitev posodobite RuralDesk</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, vrstica {line}: celica v narekovajih ima besedilo za zaključnim narekovajem ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, vrstica {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: narekovaj (&quot;), odprt blizu vrstice {line}, ni nikoli zaprt; datoteka je videti okrnjena ali poškodovana</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: kartica {number} ni nikoli zaključena (manjka END:VCARD); datoteka je videti okrnjena</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: kodiranje ni zanesljivo, datoteka se kot {shown} bere drugače; izberite eno (na primer --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>{path} ni mogoče prebrati ({reason}); obnovite v nov delovni prostor</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} ne obstaja</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} je mapa, ne {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} ni prazen delovni prostor</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} ni uvoženo: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: znaki v pisavi, ki je font ne more prikazati ({scripts}), so bili izpuščeni iz PDF-ja: {count}</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>„{file}“ navaja velikost, ki je njeni stisnjeni podatki ne morejo imeti (bomba ZIP?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>„{file}“ je povezava ali mapa, ne datoteka</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>„{file}“ je šifrirana ali stisnjena na način, ki ga RuralDesk ne uporablja</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>„{file}“ nima velikosti, ki jo navaja manifest</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>„{file}“ se razširi na več kot svojo navedeno velikost (bomba ZIP?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>„{number}“ ni telefonska številka, ki bi jo znali prebrati; ohranjena v opombah</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>„{value}“ ni država (uporabite ime ali kodo ISO 3166, na primer SI)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>„{value}“ ni datum (uporabite LLLL-MM-DD ali DD/MM/LLLL)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>„{value}“ ni jezik (uporabite ime ali kodo ISO 639, na primer sl)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>„{value}“ ni jezik (uporabite kodo ISO 639, na primer sl)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>„{value}“ ni število</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}“ ni ID zapisa</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>„{value}“ ni tema tega delovnega prostora</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>„{value}“ ni celo število</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}“ ni nobena od možnosti: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Vse vrste</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Katera koli država</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Katera koli kategorija</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Kateri koli jezik</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Katera koli regija</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Katera koli tema</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Počisti</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Počisti filtre</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Stolpci</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filtriraj po: {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>V košu: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Povzetek seznama</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Zapisi</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Zapisi: {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regija</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Rezultati: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Rezultati: {shown} od {total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Shrani iskanje …</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Shrani to iskanje</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Izbrano: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Vnesite besedilo za iskanje po praksah, stikih, orodjih in temah.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;O programu RuralDesk</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Priloži &amp;datoteke …</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Na&amp;zaj</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>S&amp;tolpci …</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Kopiraj diagnostične podatke</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Izbriši</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Uredi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Najdi …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moč</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Poveži z …</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nov</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>&amp;Prilepi kot prilogo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izhod</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Zapis</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Uveljavi znova</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Nas&amp;tavitve …</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sinhronizacija</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Razveljavi</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Navodila za uporabo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Pogled</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Dodaj zapis na prikazani seznam</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Dodano: „{title}“</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Priloži datoteke</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Priloženo: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Priloge še ni tukaj</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Vrni izbrane zapise iz koša</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Spremembe, ki čakajo na deljenje</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Spremembe, ki čakajo na deljenje: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Izberite prakso ali orodje, ki mu želite priložiti datoteke.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Kopiraj datoteke v delovni prostor in jih priloži</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Prilaganje ni uspelo</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Shranjevanje ni uspelo</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Izbriši shranjeno iskanje</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Diagnostični podatki so kopirani. Prilepite jih v sporočilo osebi, ki vam pomaga; ne vsebujejo imen ali vsebine.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Uredi prikazani zapis</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>Izprazni &amp;koš …</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Izprazni koš</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Praznjenje koša</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Želite vse v košu trajno izbrisati iz tega računalnika? Tega ni mogoče razveljaviti.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Trajno izbrisano iz tega računalnika: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Za zahtevo za podporo: različice in velikosti, nikoli imena ali vsebina</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Pojdi na &amp;seznam</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Poveži ta zapis s stiki, orodji ali praksami</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Poveži „{title}“ z …</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Glavna orodna vrstica</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Premakni izbrane zapise v koš</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Premaknjeno v koš: {count}. Razveljavite s Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Krmarjenje</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Nobena sprememba ne čaka na deljenje</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Shranjenih iskanj še ni. Vnesite besedilo v iskalno polje in nato pod filtri izberite Shrani iskanje.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>O&amp;bnovi</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Uveljavi znova</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Obnovljeno: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Shrani iskanje</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Iskanje „{name}“ je shranjeno</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Shranjeno: „{title}“</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Išči povsod</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Išči povsod (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Izberi &amp;vse</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Pokaži mapo z &amp;dnevniki</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Pokaži: {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Stanje sinhronizacije</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Tega zapisa ni več.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>V odložišču ni datoteke ali slike za prilaganje.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Te datoteke še ni v tem računalniku. Prispela bo z naslednjo sinhronizacijo.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Koš</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Razveljavi</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Ustvarjeno</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Razprave</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Najdeno v</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Nazadnje spremenjeno</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Shranjena iskanja</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Za pregled</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Koš</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Novosti</translation>
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
            <numerusform>%n spremenjen stik</numerusform>
            <numerusform>%n spremenjena stika</numerusform>
            <numerusform>%n spremenjeni stiki</numerusform>
            <numerusform>%n spremenjenih stikov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n spremenjena praksa</numerusform>
            <numerusform>%n spremenjeni praksi</numerusform>
            <numerusform>%n spremenjene prakse</numerusform>
            <numerusform>%n spremenjenih praks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n spremenjeno orodje</numerusform>
            <numerusform>%n spremenjeni orodji</numerusform>
            <numerusform>%n spremenjena orodja</numerusform>
            <numerusform>%n spremenjenih orodij</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n stik</numerusform>
            <numerusform>%n stika</numerusform>
            <numerusform>%n stiki</numerusform>
            <numerusform>%n stikov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n spremenjena objava</numerusform>
            <numerusform>%n spremenjeni objavi</numerusform>
            <numerusform>%n spremenjene objave</numerusform>
            <numerusform>%n spremenjenih objav</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n nov stik</numerusform>
            <numerusform>%n nova stika</numerusform>
            <numerusform>%n novi stiki</numerusform>
            <numerusform>%n novih stikov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n nova objava</numerusform>
            <numerusform>%n novi objavi</numerusform>
            <numerusform>%n nove objave</numerusform>
            <numerusform>%n novih objav</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n nova praksa</numerusform>
            <numerusform>%n novi praksi</numerusform>
            <numerusform>%n nove prakse</numerusform>
            <numerusform>%n novih praks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n novo orodje</numerusform>
            <numerusform>%n novi orodji</numerusform>
            <numerusform>%n nova orodja</numerusform>
            <numerusform>%n novih orodij</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n objava</numerusform>
            <numerusform>%n objavi</numerusform>
            <numerusform>%n objave</numerusform>
            <numerusform>%n objav</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n praksa</numerusform>
            <numerusform>%n praksi</numerusform>
            <numerusform>%n prakse</numerusform>
            <numerusform>%n praks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n zapis, ki so ga drugi delili od vašega zadnjega pregleda.</numerusform>
            <numerusform>%n zapisa, ki so ju drugi delili od vašega zadnjega pregleda.</numerusform>
            <numerusform>%n zapisi, ki so jih drugi delili od vašega zadnjega pregleda.</numerusform>
            <numerusform>%n zapisov, ki so jih drugi delili od vašega zadnjega pregleda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n orodje</numerusform>
            <numerusform>%n orodji</numerusform>
            <numerusform>%n orodja</numerusform>
            <numerusform>%n orodij</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n neprebran</numerusform>
            <numerusform>%n neprebrana</numerusform>
            <numerusform>%n neprebrani</numerusform>
            <numerusform>%n neprebranih</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Priloži datoteke: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Razveljavitev ali ponovna uveljavitev ni uspela: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Ustvari „{title}“</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Izbriši zapise: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Izbriši „{title}“</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Uredi „{title}“</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Poveži „{title}“</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Ni razveljavljeno: {fields} v „{title}“ je medtem spremenil nekdo drug (prispelo je z zadnjo sinhronizacijo). Njegova vrednost ostane; če naj velja vaša, jo uredite ročno.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Ni razveljavljeno: „{title}“ je medtem nekdo drug premaknil v koš ali iz njega (prispelo je z zadnjo sinhronizacijo). Ostane, kot je.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Odstrani prilogo {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Obnovi zapise: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Obnovi „{title}“</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Odveži od „{title}“</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Računalniki v bližini, ki ponujajo sinhronizacijo:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>P&amp;onudi sinhronizacijo bližnjemu računalniku …</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Naslov tega računalnika</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>P&amp;oveži in sinhroniziraj</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Izberite računalnik s seznama ali vnesite njegov naslov, kot je prikazan na njem (na primer 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Izberite računalnik, ki ponuja sinhronizacijo (na njem Sinhronizacija → Ponudi sinhronizacijo bližnjemu računalniku …), in vnesite kodo, ki jo prikazuje.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Povezovanje …</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Če tega računalnika tam ni, se povežite prek naslova: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Dovoli računalniku vaše skupine v istem omrežju, da se sinhronizira s tem, brez strežnika ali interneta</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Iskanje računalnikov vaše skupine v tem omrežju …</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Ponudi sinhronizacijo bližnjemu računalniku</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>Na drugem računalniku (isti Wi-Fi ali dostopna točka telefona, ista skupina) izberite Sinhronizacija → Sinhroniziraj z bližnjim računalnikom …, izberite ta računalnik in vnesite to kodo:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Ali se povežite prek &amp;naslova:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>&amp;Koda za seznanjanje:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Koda za seznanjanje</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Potek</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Ustavi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Ustavljeno. Nič ni ostalo na pol uveljavljeno.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Sinhroniziraj z &amp;bližnjim računalnikom …</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Sinhroniziraj z računalnikom vaše skupine, ki to ponuja v istem omrežju</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Sinhroniziraj z bližnjim računalnikom</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Sinhronizirano z „{name}“: prejete spremembe: {received}, poslane: {sent}.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>To ni koda, prikazana na drugem računalniku; nič ni bilo spremenjeno.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>To ni koda, prikazana na drugem računalniku; nič ni bilo spremenjeno. Preostali poskusi: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>Koda ima šest števk, kot je prikazana na drugem računalniku.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>Povezava z drugim računalnikom je bila prekinjena ({reason}). Nič ni ostalo na pol uveljavljeno; poskusite znova.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>Povezava je bila prekinjena pred koncem; nič ni ostalo na pol uveljavljeno. Še vedno čakam na računalnik vaše skupine …</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>Drugi računalnik je odgovoril na način, ki ga ta različica ne razume ({reason}). Nič ni bilo spremenjeno.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>Drugi računalnik pripada drugi skupini; sinhronizirajo se lahko samo računalniki iste skupine. Nič ni bilo spremenjeno.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>Drugi računalnik je po preveč napačnih kodah umaknil ponudbo. Tam zahtevajte novo ponudbo; nič ni bilo spremenjeno.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>To omrežje računalnikom ne dovoli, da bi se našli: na drugem računalniku se povežite prek naslova: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>To omrežje računalnikom ne dovoli, da bi se našli: vnesite naslov, prikazan na drugem računalniku.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Ta delovni prostor še ni del skupine. Enkrat nastavite sinhronizacijo s strežnikom skupine (Sinhronizacija → Nastavi sinhronizacijo …); potem se lahko sinhronizira tudi z bližnjimi računalniki.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Čakanje na računalnik vaše skupine …</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>Ohranjene do naslednje sinhronizacije s strežnikom, ki pozna računalnik, ki jih je podpisal: {count}.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>Zavrnjene (podpis se ni ujemal): {count}.</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>„{name}“ pripada drugi skupini; ne more se sinhronizirati s tem računalnikom. Še vedno čakam …</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>„{name}“ se je povezal; preverjanje kode …</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>„{name}“ je vnesel napačno kodo; nič ni bilo spremenjeno. Preostali poskusi: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>„{name}“ je vnesel pravo kodo; sinhronizacija …</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Prilepi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Uveljavi znova</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Razveljavi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Izreži</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Izbriši</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Izberi vse</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Prekini</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Uporabi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zavrzi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoč</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Prezri</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e za vse</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>V redu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Odpri</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ponastavi</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Obnovi privzete</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Poskusi znova</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Shrani vse</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Da za &amp;vse</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Prilepi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Uveljavi znova</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Razveljavi</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiraj mesto &amp;povezave</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Izreži</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Izbriši</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Izberi vse</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Označi vse kot pregledano</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(brez naslova)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Dodaj &amp;opombo …</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Najprej izberite zapis na seznamu.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Nazadnje spremenjeno</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Ni česa pregledati: vse, kar so drugi delili, je pregledano.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Opomba pregledovalca</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Opomba pregledovalca: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Delil(-a)</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Deljeni zapisi za pregled</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Za pregled</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Napiši opombo pregledovalca k izbranemu zapisu</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Vaša opomba k „{title}“ potuje z zapisom k vsem v skupini. Pišejo jo lahko samo koordinatorji.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, nazadnje spremenjeno {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Predstavitvenih podatkov ni bilo mogoče naložiti: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Predstavitveni podatki so naloženi.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Nalaganje predstavitvenih podatkov</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Nalaganje predstavitvenih podatkov je ustavljeno; kar je bilo naloženo, ostane.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>Nova mapa s podatki bo uporabljena ob naslednjem zagonu.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Drugo okno RuralDeska že dela s tem delovnim prostorom ({path}). Preklopite v tisto okno ali ga zaprite in poskusite znova.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Izberite mapo za svoj delovni prostor</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Izberi drugo mapo …</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Nadaljuj</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Tam, kjer je vaš delovni prostor ({path}), je prostih samo {free} MB. RuralDesk morda ne bo mogel shraniti vaših sprememb. Sprostite prostor (izpraznite koš računalnika, odstranite velike datoteke) in nato nadaljujte.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Izhod</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk je že odprt</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk hrani vaš delovni prostor v mapi {folder}, vendar vanjo ne more pisati ({reason}). Izberite drugo mapo, v katero lahko pišete, na primer v svojih dokumentih.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Pokaži varnostne kopije</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Mape s podatki ni mogoče uporabiti</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>Disk je skoraj poln</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>Mapa {folder} je samo za branje. Izberite drugo mapo, v katero lahko pišete.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Delovnega prostora ni mogoče odpreti</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Poskusi znova</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk je poln</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk samodejno hrani varnostne kopije vašega delovnega prostora v mapi {backups}. Eno lahko obnovite tako, da jo kopirate čez poškodovano datoteko.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>S&amp;pori …</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>Pre&amp;kini povezavo s strežnikom …</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Skupina:</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>Skup&amp;ina …</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Koda povabila:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Sinhroniziraj zdaj</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Žeton:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Vaše ime:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Priloge še ni tukaj</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Priloge ni na strežniku</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Čakajoče spremembe: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Preveri in shrani</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Preverjanje …</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Spori: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Povezano. Vaš žeton je shranjen v: {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Preverjanje povezave</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Prenos ni uspel</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Žetona ni bilo mogoče shraniti: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Prekini povezavo s strežnikom</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Prenašanje priloge</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Vnesite naslov strežnika (z začetkom https://) in skupino.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Vnesite žeton, ki vam ga je dal koordinator.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Vse je shranjeno v tem računalniku. Z ukazom Sinhronizacija → Nastavi sinhronizacijo … ga delite s skupino.</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Skupina „{group}“ na {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Koda povabila</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Pridruževanje skupini …</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Velika sprememba s strežnika</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Ni shranjeno: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Še ni sinhronizirano</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Nerešeni spori</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Ali z osebnim žetonom:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Prilepite kodo povabila, ki vam jo je poslal koordinator: vsebuje naslov strežnika in skupino. Če imate namesto tega osebni žeton, pustite polje prazno in izpolnite spodnja polja. Žeton je shranjen v sistemski shrambi gesel, če obstaja, sicer v datoteki, ki jo lahko berete samo vi.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Razreši …</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>&amp;Ustavi sinhronizacijo</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Pošlji svoje spremembe na strežnik skupine in prejmi spremembe vseh drugih</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Naslov strežnika:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>&amp;Nastavi sinhronizacijo …</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Nastavi sinhronizacijo</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Želite ustaviti sinhronizacijo tega delovnega prostora s strežnikom skupine? Vaši zapisi ostanejo v tem računalniku; še neposlane spremembe še naprej čakajo. Sinhronizacijo lahko pozneje znova nastavite.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Sinhronizacija … {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>Strežnik skupine te datoteke še nima: oseba, ki jo je priložila, od takrat še ni sinhronizirala.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>Strežnik skupine je zavrnil spremembo tega zapisa ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Spremembe s strežnika skupine bi premaknile v koš {deletes} zapisov, trajno izbrisale {erasures} in spremenile {overwrites} – skupaj {total} od vaših {records} zapisov ({share}).

To je lahko prav (nekdo je pospravil skupne zapise) ali pa pomota. Želite te spremembe uveljaviti zdaj?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Člani skupine; za koordinatorje tudi povabila, vloge in zahteve glede osebnih podatkov</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Te datoteke ni v tem računalniku in ta delovni prostor ni povezan s strežnikom skupine.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Ta zapis je v sporu ({fields}): dve osebi sta ga spremenili hkrati.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Ta delovni prostor vsebuje predstavitvene podatke. Ti so izmišljeni in nikoli ne zapustijo tega računalnika, zato jih ni mogoče deliti s skupino.

Želite za zapise skupine uporabiti nov, prazen delovni prostor? Predstavitveni delovni prostor ostane, kot je.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Posodobljeno · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Delo brez povezave: strežnik skupine ni povezan</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Zdaj ste v novem, praznem delovnem prostoru „{name}“. Predstavitveni delovni prostor ostane, kot je.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>datoteka, ki jo lahko berete samo vi ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>preverjanje strežnika</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>strežnik ni dosegljiv</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>strežnik ni dosegljiv: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>vnesite nov žeton v Sinhronizacija → Nastavi sinhronizacijo …</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>ohranjeno od prej; začnite tipkati, da ga zamenjate</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>nazadnje sinhronizirano ob {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>neobvezno: vaše ime, kot ga pozna skupina</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>pritisnite F5, da poskusite znova</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>prejemanje prilog</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>prejemanje sprememb</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>shranjevanje prispelega</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>pošiljanje prilog</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>pošiljanje sprememb</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>nastavite sinhronizacijo v novem, praznem delovnem prostoru</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>nekaj je šlo narobe</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>nekaj je šlo narobe ({reason}); podrobnosti so v dnevniku</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>ustavljanje</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>strežnik ni sprejel tega žetona za to skupino; preverite ga ali prosite koordinatorja za novega</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>strežnik ni sprejel vašega žetona</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>strežnik ni sprejel vašega žetona; prosite koordinatorja za novega in ga vnesite v Sinhronizacija → Nastavi sinhronizacijo …</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>strežnik je zavrnil zahtevo</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>strežnik je zavrnil zahtevo: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>sistemska shramba gesel</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>ta delovni prostor vsebuje predstavitvene podatke, ki nikoli ne zapustijo tega računalnika; nastavite sinhronizacijo v novem, praznem delovnem prostoru</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>ta delovni prostor vsebuje predstavitvene podatke, ki se nikoli ne sinhronizirajo</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>nov poskus ob {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>odločili ste se, da velike spremembe s strežnika ne uveljavite</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>ustavili ste jo</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} od {total}</translation>
    </message>
    <message>
        <source>{what} — {then}</source>
        <translation>{what} – {then}</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Agroecology</source>
        <translation>Agroekologija</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Soustvarjanje z organi oblasti</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Skupnostni prevoz</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Zadruge digitalnih platform</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Izobraževanje in storitve</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energija</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Energetske skupnosti</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Razvoj podjetij in zaposlovanje</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Zdravstvo</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Lokalno podjetništvo</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilnost</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Politični in pravni okviri</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Kratke prehranske verige</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Socialna vključenost</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Solidarnostna omrežja</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Trajnostno kmetijstvo in prehrana</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Vključevanje z delom</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>Varnostno &amp;kopiraj delovni prostor v datoteko …</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>S&amp;tiki za združitev (označeni):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Država:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodiranje:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Trajno izbriši</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Izvozi …</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Oblika:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Skupine:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Uvozi</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Uvozi …</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Obdrži:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Združi</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>O&amp;dpri stik</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Odpri zapis</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>&amp;Povzetek prakse …</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Beri tako</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Zapisi:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>&amp;Obnovi iz varnostne kopije …</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Ločilo:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Uporabi to državo</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(zaznano)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(neberljivo)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(ni česa primerjati)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; – {size}, stolpci: {count}</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>Datoteka .vcf, ki jo lahko berejo imeniki in telefoni.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Varnostno kopijo je mogoče obnoviti samo v prazen delovni prostor, ta pa že vsebuje prakse ({practices}), stike ({contacts}) in orodja ({tools}). Nič ni bilo spremenjeno.

Za obnovitev izberite novo, prazno mapo s podatki v Datoteka → Nastavitve, znova zaženite RuralDesk in obnovite tam.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Povzetek za tiskanje (PDF ali Markdown) prikazane prakse ali več praks</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Povzetek za tiskanje ali deljenje: ključna dejstva, kaj je bilo narejeno, kaj smo se naučili in koga vprašati. Naslovi so v jeziku posamezne prakse.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>Poteka sinhronizacija. Počakajte, da se konča, nato znova zaženite obnovitev.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Priloge, ki jih ni v tem računalniku (hranjene so na strežniku skupine), niso v varnostni kopiji: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Varnostno kopiranje delovnega prostora</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Varnostno kopirano v {path}: zapisi: {records}, datoteke prilog: {files}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Varnostno kopiranje v {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Varnostna kopija je narejena</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Varnostna kopija je obnovljena</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Varnostne kopije (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Varnostne kopije (*.zip);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Obnovi varnostno kopijo v prazen delovni prostor</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Uvozi stike, prakse ali orodja iz tabele CSV/TSV ali datoteke vCard</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tabele CSV (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartica</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Prebrane kartice: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Kartice s težavo: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Preverjanje {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Izberite kodiranje</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Izberite polje, v katero gre posamezni stolpec, ali ga izpustite.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Stolpec</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Stolpec v datoteki</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Stolpci</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Neuvoženi stolpci: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Stolpci datoteke</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Vejica ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Stik, ki ga obdržite</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Stiki, ki so videti kot ista oseba ali organizacija, za združitev</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Stiki za združitev</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Država telefonskih številk</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Trajno izbriši stik povsod in navedi omembe, ki jih je treba pregledati</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Dvokliknite, da odprete stik, ki že obstaja</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Podvojeni stiki</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Trajno izbriši to osebo …</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>Izvozi &amp;vse o tej osebi …</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Trajno izbriši</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Trajni izbris osebe</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Želite trajno izbrisati „{name}“ in vse, kar je shranjeno o tej osebi?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>Trajno brisanje: {name}</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Vsi stiki na seznamu ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Vse prakse na seznamu ({count}) v enem dokumentu</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Pred uvozom morajo biti vse vrstice pravilne. Popravite te vrstice v datoteki in jo uvozite znova ali pa uvozite samo veljavne vrstice.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Vse o „{name}“ je shranjeno v {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Ves delovni prostor, vključno s prilogami, v eni datoteki</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Primer</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Excel v sistemu Windows pravilno prikaže črke s strešicami samo s to oznako</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Izvozi stike kot &amp;vCard …</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Izvozi stike kot vCard</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Izvozi vse o tej osebi</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Izvozi seznam kot &amp;CSV …</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Izvozi seznam kot CSV</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Izvozi:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Izvoženi stiki v {path}: {count}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Izvoženi zapisi v {path}: {count}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Izvažanje v {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Polje</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Datoteka za uvoz</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Poišči po&amp;dvojene stike …</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Najdeno</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Skupine verjetnih dvojnikov</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Uvozi</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Uvozi ko&amp;t:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Uvozi tabelo</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Podrobnosti uvoza</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Ugotovitve uvoza</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Uvozi v</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Poročilo o uvozu</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Rezultat uvoza</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Uvozi stolpec „{name}“ v</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Uvozi vrstice brez težav, druge izpusti</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Uvozi samo veljavne vrstice</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Uvozi samo veljavne vrstice ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Uvoženo: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Uvoženo: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Uvažanje {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Ni uspelo: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Njegove povezave so odstranjene iz povezanih zapisov ({count}).</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Njegove prejšnje vrednosti so izbrisane iz zgodovine sprememb.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Datoteke JSON (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Iskanje podvojenih stikov</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Podobno</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Besedilo Markdown</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>Omembe imena, e-poštnih naslovov ali telefonov osebe v besedilu drugih zapisov se ne spremenijo: nato dobite njihov seznam za pregled.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Omembe za pregled</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Združi stike</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Združi označene stike v ohranjenega</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>Stiki, združeni v enega: {count}; znova povezani zapisi: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Imena, kot jih bere {encoding}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Varnostna kopija ni bila narejena: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Noben stolpec še ni povezan s poljem: izberite vsaj enega.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Ni verjetnih dvojnikov</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Verjetnih dvojnikov ni bilo mogoče najti.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Noben drug zapis ni povezan z njim.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Za ta delovni prostor ni nastavljena telefonska regija.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Ni uvoženo ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Ni uvoženo: za telefonske številke v {name} ni bila izbrana država. Nič ni bilo spremenjeno.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Ni uvoženo: za {name} ni bilo izbrano kodiranje. Nič ni bilo spremenjeno.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Ni nastavljeno (vprašanje po potrebi)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opomba</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Nič ni bilo trajno izbrisano: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Nič ni bilo izvoženo: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Nič ni bilo uvoženo: datoteka ne vsebuje zapisov.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Nič ni bilo uvoženo: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Nič ni bilo obnovljeno: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Uvožene so bile samo veljavne vrstice; spodnje vrstice so bile izpuščene.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Odpri označeni stik</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Odpri označeni zapis</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokument PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Telefonske številke brez klicne kode države</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Telefonske številke brez klicne kode države se berejo kot: {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Telefonska regija</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mogoči dvojniki</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Mogoči dvojniki ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Morda že obstajajo: {count} (glejte „Mogoči dvojniki“)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Povzetek prakse</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Zapisani povzetki praks: {count}, v {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Predogled</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Predogled uvoza</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Povzetek predogleda</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Težava</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Težave</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Težave ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Lastnost</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Beri kot {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Prebrano kot: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Ponovno branje datoteke …</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Branje {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pripravljeno</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Prepoznan izvoz</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Prepoznano: &lt;b&gt;{preset}&lt;/b&gt;. Stolpci so povezani spodaj; preverite jih pred uvozom.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Obnovi iz varnostne kopije</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Želite obnoviti zapise ({count}) iz {name} (narejeno {date}) v ta prazni delovni prostor?</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Obnovljeno iz {name}: zapisi: {records}, datoteke prilog: {files}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Obnavljanje {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Vrstica</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Vrstice v predogledu: {count}; vse so pripravljene za uvoz.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Vrstice v predogledu: {count}; s težavo: {bad}. Popravite jih v datoteki ali spremenite zgornje stolpce.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Prebrane vrstice: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Vrstice s težavo: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Shrani prikazani seznam z njegovimi stolpci in filtri kot tabelo</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Shrani izbrane stike ali ves seznam za imenik ali telefon</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Podpičje ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Najprej prikažite stik.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Prikažite prakso ali seznam praks, da iz njih naredite povzetke.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Prikažite stike (ali poiščite nekatere) in izberite tiste, ki jih želite izvoziti.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Ustavljeno: {what}. Nič ni bilo spremenjeno.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Tabele in imeniki (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Besedilo</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>Izbiro lahko v naslednjem koraku še spremenite pod „Kodiranje“.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Stik je iz tega računalnika trajno izbrisan: ne gre v koš in tega ni mogoče razveljaviti.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>Stik, njegova zgodovina in vsi zapisi, ki so povezani z njim ali ga omenjajo, v obliki JSON</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Stiki niso bili izvoženi: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Stiki niso bili združeni: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Država telefonskih številk, zapisanih brez klicne kode države, za ta delovni prostor</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Predogleda datoteke ni mogoče prikazati: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Datoteke ni mogoče prebrati na ta način: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>Prve vrstice, kot bodo shranjene. Vrstice s težavo so označene; uvoz se ustavi, če ima težavo katera koli vrstica datoteke.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>Črke v {name} je mogoče prebrati na več načinov in ne moremo ugotoviti, kateri je pravi. Izberite stolpec, v katerem so imena pravilno zapisana.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>Seznam ni bil izvožen: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>Telefonska regija ni bila shranjena: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>Prikazana praksa: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>Zapisi, ki jih je našlo iskanje, s stolpci, ki jih seznam prikazuje za njihovo vrsto.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>Iskanje dvojnikov se je ustavilo: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>Iskanje ni našlo ničesar za izvoz.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Izbrani stiki ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>Izbrane prakse ({count}) v enem dokumentu</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>Povzetek ni bil zapisan: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>Koša ni mogoče izvoziti. Izberite prakse, stike, orodja ali teme.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Ti stiki so videti kot ista oseba ali organizacija. Združevanje obdrži en stik, njegova prazna polja izpolni iz drugih, nanj prenese vse povezave in priloge, druge pa premakne v koš (mogoče jih je obnoviti).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Te datoteke ni mogoče uvoziti: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Te datoteke ni mogoče obnoviti: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>To vprašanje je postavljeno enkrat in odgovor se ohrani za delovni prostor; spremenite ga v Datoteka → Nastavitve. Številke s klicno kodo države in vrstice, ki navajajo državo, se berejo, kot so.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Ta vrstica ima težavo</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Ta delovni prostor ni deljen s strežnikom skupine; kopije drugje (varnostne kopije, izvozi) ostanejo nedotaknjene.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Ta delovni prostor je deljen: trajni izbris bo ob naslednji sinhronizaciji poslan strežniku skupine in izbrisan bo tudi iz kopije vsakega člana.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 z &amp;BOM za Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 z BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 z BOM za Excel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Navpičnica ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Počakajte, da se delo v teku (uvoz, izvoz) konča, nato znova zaženite obnovitev.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Opozorila ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Kaj naredi trajni izbris</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Zakaj</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Zakaj sta si podobna</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Zakaj: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Pisanje {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>stolpec {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>ustvarjeno {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>faks</translation>
    </message>
    <message>
        <source>home</source>
        <translation>doma</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobilni</translation>
    </message>
    <message>
        <source>other</source>
        <translation>drugo</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>povzetki-praks</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>ta datoteka</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (starejši telefoni)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Datoteke vCard (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>služba</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} vsebuje telefonske številke brez klicne kode države (na primer „{example}“) v vrsticah, ki ne navajajo države. Iz katere države so?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} – {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: vsi zapisi, ki jih prikazuje seznam ({count}), z njegovimi filtri, vrstnim redom in prikazanimi stolpci.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: najdeno {count}</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>– izpusti –</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>„{name}“ je trajno izbrisan(-a).</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>„{name}“ je trajno izbrisan(-a). Noben drug zapis te osebe ne omenja v svojem besedilu.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>„{name}“ je trajno izbrisan(-a). Ti zapisi osebo še vedno omenjajo v svojem besedilu. Odprite jih enega za drugim in odstranite ali preoblikujte omembo, kjer gre za osebne podatke.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Navedite valuto zneska financiranja</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>Regija {value} ni v državi {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Datum konca je pred datumom začetka</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Neznano polje „{value}“</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label}: vrednost ne sme biti negativna</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label}: polje je obvezno</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label}: besedilo je predolgo ({length} znakov, največ {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label}: mora biti seznam</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label}: mora biti seznam besedil</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label}: mora biti število, ne „{value}“</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label}: mora biti celo število</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label}: mora biti besedilo</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: vsak vnos potrebuje vrednost</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>„{value}“ ni koda regije NUTS</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>„{value}“ ni datum (uporabite LLLL-MM-DD)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>„{value}“ ni telefonska številka (uporabite +klicno kodo države, npr. +386 1 000 00 00)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>„{value}“ ni mogoča telefonska številka</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}“ ni ID zapisa</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>„{value}“ ni veljaven e-poštni naslov</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>„{value}“ ni spletni naslov (začeti se mora s https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>„{value}“ ni koda države ISO 3166</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>„{value}“ ni koda valute ISO 4217</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>„{value}“ ni koda jezika ISO 639</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}“ ni nobena od možnosti: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Novosti</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(brez naslova)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Spremenjen stik: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Spremenjena praksa: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Spremenjeno orodje: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Vse tukaj je prebrano.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Prva sinhronizacija: {items} iz vaše skupine</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Označi &amp;vse kot prebrano</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Označi vse v Novostih kot prebrano</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Nov stik: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Nova praksa: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Novo orodje: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Iz vaše skupine še ni nič novega. Ko drugi dodajo ali spremenijo prakse, stike ali orodja, so po sinhronizaciji navedeni tukaj.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Samo &amp;neprebrano</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Tega zapisa ni več.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Danes</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Neprebrano: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Kaj je prispelo iz vaše skupine</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Kaj je vaša skupina dodala ali spremenila od vašega zadnjega ogleda</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Novosti</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Včeraj</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>nekdo</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} iz vaše skupine</translation>
    </message>
</context>
</TS>
