<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hr_HR" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Nema programa za otvaranje ove datoteke</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Spremi kopiju</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Spremi kopiju…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Ovo računalo nema program koji otvara „{name}”. Možete spremiti kopiju i otvoriti je kasnije programom po svom izboru.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Savjetodavna služba</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Tijelo vlasti</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Loša</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Zadruga zajednice</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Zaklada zajednice</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Privola</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Ugovor</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Nacrt</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Financijska služba</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Dobra</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Smjernica</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Kućni</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Pravna obveza</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Legitimni interesi</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Lokalna vlast</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodologija</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mješovita</translation>
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
        <translation>Ostalo</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Preporuka za politike</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Javna zadaća</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Regionalna vlast</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Zajednička</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Socijalno poduzeće</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Služba podrške</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Predložak</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Treće mjesto</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Skup alata</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Obuka</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Seosko udruženje</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Vitalni interesi</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Povučena</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Poslovni</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Poduzeće za radnu integraciju</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Privitak</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Privici</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Rasprava</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Rasprave</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Povezani kontakti</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Povezane prakse</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Povezani alati</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Novi kontakt</translation>
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
        <translation>Novi alat</translation>
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
        <translation>Alat</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Alati</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Odbaci</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>&amp;Ostavi obrisano</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Spojena vrijednost (uredite, zatim spremite):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Otvori zapis</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>&amp;Vrati zapis</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>&amp;Spremi spojenu vrijednost</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(prazno)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(bez naslova)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Sukobi</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Zadrži &amp;moju</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Zadrži &amp;njihovu</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Spojena vrijednost</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Nema sukoba: sve što je vaša grupa promijenila uklopilo se.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nije spremljeno: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Otvoreni sukobi</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Odbijeno: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Riješeno: „{title}” — {field}. Vaš se izbor dijeli s grupom pri sljedećoj sinkronizaciji.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Njihova vrijednost</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>Njihova — {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Kad su dvije osobe promijenile istu stvar prije sinkronizacije, poslužitelj grupe zadržao je jednu vrijednost, a drugu ostavio po strani. Odaberite što zapis treba sadržavati; vaš se izbor dijeli sa svima pri sljedećoj sinkronizaciji.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Zašto ga je poslužitelj odbio</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Vaša promjena ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Vaša vrijednost</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>Vaša — {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>drugi član</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>obrisano ili zadržano</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>grupa</translation>
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
        <translation>{title} — {field}</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>(untitled)</source>
        <extracomment>a line above the record when something needs the person (set by the sync UI: banner_for(record) -&gt; rich text with an rd: link, or &quot;&quot;)</extracomment>
        <translation>(bez naslova)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Odustani od uređivanja</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Odaberite zapis na popisu ili pritisnite Ctrl+N da biste dodali novi.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Pojedinosti</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Obrazac za uređivanje</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Uređivanje: {title}</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Polja označena sa * su obavezna.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Izaći bez spremanja?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Ispravite polja označena u nastavku.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problem s poljem {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obavezno</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spremi</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Spremi zapis</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Vaše promjene ovog zapisa nisu spremljene. Napustiti obrazac i izgubiti ih?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>stvorio/la {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>u smeću</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>zadnja promjena {when}, {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>još nije na ovom računalu</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>ukloni</translation>
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
        <translation>Pr&amp;ivici:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pre&amp;gledaj…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Mapa podataka:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Veličina fonta:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Jezik sučelja:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Kôd pozivnice:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>&amp;Telefonska regija:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>Nova mapa podataka koristi se od sljedećeg pokretanja.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Dodajte vlastite prakse, kontakte i alate.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>Pit&amp;aj prije nego što sinkronizacija promijeni više od:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Odaberite mapu podataka</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Stupci</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Povezivanje s poslužiteljem grupe</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Mapa podataka</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Zadana mapa podataka</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Demo zapisa po zbirci</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Preuzmi pri otvaranju</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Izmišljene prakse, kontakti i alati na sedam jezika, za isprobavanje. Kasnije ih možete obrisati.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Pronađi zapise za povezivanje</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kôd pozivnice</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Pridružite se zajedničkom spremištu svoje grupe s kôdom pozivnice koji vam je poslao koordinator.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Sve drži izvanmrežno</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Učitaj demo podatke</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Samo kad zatražim</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Zapisa po zbirci:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Zapisi za povezivanje</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk čuva prakse, kontakte i alate vaše grupe na ovom računalu i radi bez veze. Kako želite započeti?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>Sin&amp;kroniziraj svakih:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Postavke</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Prikaži ove stupce:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Započni s praznim radnim prostorom</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zaustavljanje…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Jezik sustava</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Veličina sustava</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Upišite ime ili riječ da biste pronašli zapise</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Dobro došli u RuralDesk</translation>
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
            <numerusform>%n objave</numerusform>
            <numerusform>%n objava</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n teme</numerusform>
            <numerusform>%n tema</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(bez naslova)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(nije navedeno)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Tema treba naslov i početnu objavu.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Priloži datoteke</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Priloži datoteke…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Priloženo:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentari</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Komentari (%n)</numerusform>
            <numerusform>Komentari (%n)</numerusform>
            <numerusform>Komentari (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Raspravu nije moguće izvesti: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Nije moguće spremiti: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Nacrt sačuvan</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Nacrt sačuvan od {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Uredi</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Uredite svoju objavu</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Izvezi kao Markdown…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Izvezi kao PDF…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Izvoz rasprave</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Datoteke za prilaganje ovoj objavi</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Datoteke za prilaganje: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Sakrio koordinator: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Skriveno od grupe: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Sakrij</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Sakrij raspravu…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Sakrij…</translation>
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
        <translation>Zadnja aktivnost</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Nova &amp;tema…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nova tema</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Nova tema…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Još nema objava. Napišite prvu u nastavku.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Još nema tema. Započnite jednu s Nova tema; komentari na praksu, alat ili kontakt nalaze se na dnu njegove stranice.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Nije odgovor</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Nije dopušteno: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Početna objava</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Početna objava:</translation>
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
        <translation>Objava uklonjena</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Objavljeno. Ide grupi pri sljedećoj sinkronizaciji.</translation>
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
        <translation>Odgovor na objavu</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Odgovor osobi {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Prikaži %n raniju objavu</numerusform>
            <numerusform>Prikaži %n ranije objave</numerusform>
            <numerusform>Prikaži %n ranijih objava</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Prikaži ponovno</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Prikaži rasprave</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Započni raspravu s grupom</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Započni raspravu s grupom (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Započeo/la</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>Rasprava je zapisana u {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>Ranija verzija ostaje u povijesti objave.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>Početna objava… *naglasak*, **podebljano**, - popisi, [poveznice](https://…), @član</translation>
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
        <translation>Tema</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Teme</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Verzija {n}, {when}, {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Verzije objave</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>O čemu je riječ?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Zašto je skriveno? Svi vide razlog na njegovu mjestu.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Povuci</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Povući ovu objavu? Njezin tekst nestaje iz niti; ranije verzije ostaju u njezinoj povijesti.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Povucite svoju objavu</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Povukao/la autor.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Napišite objavu… *naglasak*, **podebljano**, - popisi, [poveznice](https://…), @član (Ctrl+Enter objavljuje)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Najprije nešto napišite.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Piši cijeloj niti (Escape)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Vaša objava</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>pravila rasprave ne dopuštaju ovu promjenu</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>objava treba sadržavati tekst</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>uklonjena objava</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>uređeno</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>kao odgovor osobi {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>samo koordinator može sakriti objavu ili raspravu</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>samo autor objave može je urediti ili povući</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>samo član koji je započeo raspravu može promijeniti njezin naslov, teme ili jezik</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>započeo/la {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (skriveno)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · {count} novih</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(odaberite)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ništa)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Očisti</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Bez datuma</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Upišite i pritisnite Enter</translation>
    </message>
    <message>
        <source>add</source>
        <translation>dodaj</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>očisti</translation>
    </message>
    <message>
        <source>list</source>
        <translation>popis</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>ukloni</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>za dodavanje</translation>
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
        <translation>Aktivnosti</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Privici</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publika</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Šira tema</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Komentira</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum privole</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Izvor privole</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontekst</translation>
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
        <translation>Rasprava</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Datum završetka</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Teme stručnosti</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Prezime</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Naziv datoteke</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Puno ime osobe ili naziv organizacije</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Iznos financiranja</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Izvor financiranja</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Član grupe</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Skriveno jer</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Odgovor na</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Jezici</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Pravna osnova</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Naučene lekcije</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Poveznice</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Vrsta medija</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Spominjanja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bilješke</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ciljevi</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Prepreke (pravne / političke)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Vrste organizacija</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Partneri (uklj. tijela vlasti)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Poštanski broj</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regija</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Povezani kontakti</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Povezani alati</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Uklonjene objave</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Rezultati</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Bilješka recenzenta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Veličina (bajtovi)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Datum početka</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Započeo/la</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Ulica i broj</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sažetak</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>Članovo ime osobe u grupi: njezine objave tada su dio njezinih podataka</translation>
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
        <translation>Grad / selo</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Prenosivost</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web-stranica</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>Re&amp;vizijski zapisnik</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>O&amp;tkaži pozivnicu</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>Izv&amp;ezi sve o ovoj osobi…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datoteka:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>Preda&amp;j datoteku poslužitelju…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Pozivnice</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>P&amp;ozovi nekoga…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Članovi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>&amp;Najnoviji unosi</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>&amp;Stariji unosi</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacija:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lozinka:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>Po&amp;daci osoba</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Uloga:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Vrijedi:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dan</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 tjedan</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Opozvani token odmah prestaje sinkronizirati: to računalo zadržava svoju kopiju, ali više ne može slati ni primati. Označite računala koja treba isključiti.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>O programu</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Dodao/la člana</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Pita se poslužitelj tko ste…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>Na {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>Na {url} · vi ste: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revizijski zapisnik</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Odaberi…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Otkaži pozivnicu</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Otkazati pozivnicu za {name}? Kôd odmah prestaje raditi; kasnije ih možete ponovno pozvati.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Otkazao/la pozivnicu</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Otkazivanje pozivnice…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Promijeni ulo&amp;gu…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Promjena uloge za {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Promijenio/la člana</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Mijenjanje uloge…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Odaberite datoteku</translation>
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
        <translation>Kopiraj kôd pozivnice</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Stvori pozivnicu</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Stvaranje pozivnice…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Pojedinosti</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>T&amp;rajno izbriši ovu osobu…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Trajno izbriši u svakoj replici</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Trajno brisanje „{name}”</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Trajno izbrisati „{name}” iz cijele grupe? To se ne može poništiti. Briše se ovdje i odmah šalje poslužitelju; kopija RuralDeska svakog člana briše to pri sljedećoj sinkronizaciji:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Trajno izbrisao/la zapis</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Trajno brisanje…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Sve o osobi {name} zapisano je u {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Izvoz svega o osobi {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Izvoz…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Pronađi osobu</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Dajte osobi {name} ovaj kôd. U RuralDesku odabire Sinkronizacija → Postavi sinkronizaciju… i zalijepi ga ili skenira sliku telefonom i pošalje je sebi. Radi jednom, do {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Status prozora grupe</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Grupa „{group}”</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Predaja datoteke poslužitelju</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Predaj poslužitelju</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Predaja datoteke poslužitelju…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kôd pozivnice</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Kôd pozivnice kao QR kôd</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Pozivnica za {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Pozivnica za {name} otkazana.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Pozivnica za {name} stvorena.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Pozovi nekoga</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Pozvao/la nekoga</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Izdao/la token</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Njegovi privici: nema</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Njegovi privici: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Njegova povijest, s vrijednostima koje je imao (zabilježenih promjena: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON datoteke (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Pridružili ste se grupi, ali token se nije mogao sačuvati: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Pridružio/la se pozivnicom</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Zadnja sinkronizacija</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Poveznice na njega iz drugih zapisa: nema</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Poveznice na njega iz: {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Popisuje se što trajno brisanje uklanja…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Učitavanje revizijskog zapisnika…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Učitavanje članovih tokena…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Učitavanje članova…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Učitavanje otvorenih pozivnica…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Član</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Članovi</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Članovi vide novi naziv nakon sljedeće sinkronizacije; adresa grupe ostaje ista.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Nije povezano s poslužiteljem grupe.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Nije učinjeno: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Promjene u datoteci: {total}; poslužitelj je primijenio {applied}, a {already} je već imao.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Promjene u datoteci: {total}; poslužitelj je primijenio {applied}, {already} je već imao, a {refused} je odbio: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Samo koordinatori grupe mogu pozivati ljude, mijenjati uloge ili uklanjati članove. Pitajte nekog od njih.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Otvorene pozivnice</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osobe</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Ponovno &amp;učitaj</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>Uk&amp;loni iz grupe…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>Pre&amp;imenuj grupu…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Opo&amp;zovi tokene…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Čitatelj</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Ukloni {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Uklanjanje osobe {name} iz grupe</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Ukloniti osobu {name} iz grupe? Njezini tokeni odmah prestaju raditi i više ne prima zapise grupe. Sve što je dodala ili promijenila ostaje, pod njezinim imenom.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Uklonio/la člana</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Uklanjanje člana…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Preimenovanje grupe</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Preimenovao/la grupu</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Preimenovanje grupe…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Opozovi</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Opoziv tokena osobe {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Opozvao/la token</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Opozivanje…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Pošalji promjene iz datoteke za predaju koju je netko donio izravno poslužitelju</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Promjene iz datoteke idu poslužitelju pod imenima osoba koje su ih napravile; ovo računalo dobiva ih pri sljedećoj sinkronizaciji, kao i svi ostali. Promjene koje poslužitelj već ima ne preuzimaju se dvaput.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Kôd je u međuspremniku.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>Kontakt „{name}” i svaka vrijednost polja koju je imao</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>Rasprava o ovom kontaktu, s njezinim objavama ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Datoteka ne sadrži promjene; ništa nije poslano.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>Pet riječi dobivenih uz datoteku, ali odvojeno od nje.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>Grupa se sada zove „{name}”.</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>Pozivnica daje jednoj osobi mjesto u grupi. Ona zalijepi kôd u RuralDesk (Sinkronizacija → Postavi sinkronizaciju…) na svom računalu; radi jednom.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>Osoba se spominje i u tekstu {count} drugih zapisa. Taj se tekst ne mijenja: pregledajte ga nakon trajnog brisanja (izvoz navodi gdje).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Njegove vlastite objave u raspravama grupe ({count}); niti ostaju i prikazuju „objava uklonjena”</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Ovaj član nema token u upotrebi.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Ovaj radni prostor nije povezan s poslužiteljem grupe. Upotrijebite Sinkronizacija → Postavi sinkronizaciju… s kôdom pozivnice koji vam je dao koordinator.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokeni</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Opozvani tokeni osobe {name}: {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Upišite ime, e-adresu ili telefonski broj</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Vrijedi do</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Što</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Što će se dogoditi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Kad osoba pita što grupa čuva o njoj ili traži da bude zaboravljena (članci 15. i 17. GDPR-a), pronađite je ovdje.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Tko</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>U tijeku</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>dodaje i uređuje zapise grupe</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>kako će ga grupa vidjeti</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>upravlja grupom: članovi, pozivnice, trajno brisanje</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikad</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>neobavezno</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>čita zapise grupe, ništa ne mijenja</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>datoteka se ne može pročitati ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>poslužitelj nije prihvatio token ovog računala; zatražite novu pozivnicu od koordinatora</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>neimenovano računalo</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} dana</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} tjedana</translation>
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
        <translation>{name} više nije član; njegovi zapisi ostaju.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} je sada: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>„{name}” je ovdje trajno izbrisan; brisanje ide poslužitelju s ovom sinkronizacijom i stiže do svake replike pri njezinoj sljedećoj sinkronizaciji.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Primijenjeno: {applied}. Već ovdje: {duplicates}. Za prosljeđivanje poslužitelju: {held}. Odbijeno: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Zapisane promjene: {count}, u {path}.

Lozinka (prikazuje se samo sada): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Povežite ovo računalo jednom s poslužiteljem grupe prije predaje promjena.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Izvezi promjene za drugo računalo…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Izvoz promjena</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Datoteke za predaju (*.rdrelay);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Uvezi promjene iz datoteke…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Uvoz promjena</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Ništa nije promijenjeno: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lozinka</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Zaustavljeno. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Datoteka je skraćena: nije u potpunosti kopirana.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Datoteka je promijenjena ili oštećena nakon što je izrađena.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Datoteka će biti zaključana ovim riječima (možete ih promijeniti). Dajte ih osobi koja je uvozi, odvojeno od datoteke.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>Lozinka ne otvara ovu datoteku: provjerite riječi i pokušajte ponovno.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Ova datoteka sadrži promjene druge grupe.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>Ovo nije RuralDeskova datoteka za predaju.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Upišite riječi kojima je datoteka zaključana.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>O RuralDesku</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Organizator praksi, kontakata i alata koji radi i bez veze, za grupe ruralne socijalne ekonomije: seoska udruženja, zadruge, socijalna poduzeća, treća mjesta i tijela vlasti koja s njima surađuju.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencija:</translation>
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
        <translation>Korisnički priručnik za RuralDesk</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>Korisnički priručnik nije instaliran s ovom kopijom RuralDeska. Dostupan je na {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Korisnički priručnik</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Radni prostor:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Komentari na {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>DejaVu Sans nije instaliran: PDF koristi Helveticu, koja ne može ispisati slova izvan zapadne Europe (poljska, grčka…); instalirajte fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Rasprava</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Izvoz iz Google kontakata</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Izvoz iz Google kontakata (Outlook CSV)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Sakrio koordinator: {reason}</translation>
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
        <translation>Objava uklonjena</translation>
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
        <translation>Započeo/la {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Izvoz adresara iz Thunderbirda</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Povukao/la autor.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>GIF slika</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>JPEG slika</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>PDF dokument, a ne tablica ili adresar</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>PNG slika</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>program za Windows, a ne podatkovna datoteka</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>ZIP arhiva (proračunska tablica .xlsx ili .ods?); najprije je spremite kao CSV iz programa za tablice</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>datoteka</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>datoteka komprimirana gzipom; najprije je raspakirajte</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>program, a ne podatkovna datoteka</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>navodnik (&quot;) u ovom retku nikad se ne zatvara</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>navodnik (&quot;) u ovom retku ne zatvara se u istom retku</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>ćelija pod navodnicima ima tekst nakon zatvarajućeg navodnika, a redak nema onoliko ćelija koliko zaglavlje</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>druga adresa se ne uvozi (zadržava se samo jedna adresa)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>tablica</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>vCard datoteka</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>država u adresi nije prepoznata</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>SQLite baza podataka (za vraćanje cijelog radnog prostora upotrijebite vraćanje)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>alternativa (ALTID {altid}) već zadržane vrijednosti</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>stari Office dokument (.xls ili .doc); najprije ga spremite kao CSV iz programa za tablice</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>nije moguće pročitati {name}: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>kategorija nije tema ovog radnog prostora</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>stupac {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>uređeno {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>grupa „{group}” nije tema ovog radnog prostora; nije uvezena</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>ima {cells} ćelija, ali zaglavlje navodi {columns} stupaca; dodatne ćelije bi se izgubile</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>kao odgovor osobi {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>sadrži datoteku koju njezin manifest ne navodi („{file}”)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>dvaput sadrži datoteku „{file}”</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>navodi {count} datoteka privitaka, više od {limit} koliko sigurnosna kopija smije sadržavati</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>raspakirala bi se na {size}, više od {limit} koliko vraćanje smije zapisati</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>njezin manifest ne opisuje ispravno datoteku replike</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>njezin manifest ne navodi ispravno brojeve</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>njezin manifest ne navodi ispravno privitke</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>njezin je manifest veći od manifesta bilo koje sigurnosne kopije</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>njezin manifest nije popis imenovanih vrijednosti</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>njezin manifest dvaput navodi privitak {file}…</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>njezin manifest navodi privitak „{file}” koji nije kontrolni zbroj</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>jezik nije prepoznat</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>izgleda kao kartica {number} ove datoteke ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>izgleda kao redak {number} ove datoteke ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>izgleda kao „{title}” koji je već ovdje ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>prefiks imena nije uvezen</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>sufiks imena nije uvezen</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>nema odgovarajućeg polja</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>nema prakse za zapisivanje (pretraživanje ili filtri ne odgovaraju ničemu); {out} nije zapisan</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>zadržava se samo jedna adresa</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>zadržava se samo jedno ime</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>zadržava se samo jedna organizacija</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>zadržava se samo jedna uloga</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>zadržava se samo jedna web-adresa</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>oznaka telefona nije zadržana (broj je uvezen)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>telefon {number} nema pozivni broj države i nije postavljena regija s kojom bi se pročitao; zadržan je u bilješkama (postavite telefonsku regiju radnog prostora ili --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>telefon {number} zapisan je kao {written} (brojevi bez pozivnog broja države čitaju se kao {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>regija „{region}” nije NUTS regija koju poznajemo; zadržana je u bilješkama</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>ista e-adresa {email}</translation>
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
        <translation>slična imena ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>proračunska tablica (stupci se povezuju po nazivima)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>naziv datoteke „{file}” upućuje izvan sigurnosne kopije</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>zadnji redak je skraćen (manje ćelija nego u zaglavlju i bez kraja retka): datoteka izgleda odrezano</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>redak se ne može pročitati ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>radni prostor {path} nije prazan ({count} zapisa); vraćajte samo u prazan radni prostor (odaberite novi)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>ova je kartica izvezena iz ovog radnog prostora i kontakt je još ovdje (isti UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>nepoznato kodiranje {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} vrijednosti)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} nije moguće sigurno vratiti: {reason}; ništa nije promijenjeno</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>{name} nema redak zaglavlja (prvi redak treba navesti stupce)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} sadrži oštećenu repliku ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} je UTF-8 osim u retku {line} (bajt {byte}), koji je u drugom kodiranju: u jednoj su datoteci pomiješana dva kodiranja; ispravite taj redak ili odaberite kodiranje cijele datoteke</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} je binarna datoteka, a ne tekst (sadrži NUL bajtove)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} je binarna datoteka, a ne tekst (sadrži NUL bajtove, prvi u retku {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} je oštećen ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} je oštećen: privitak {file}… ne odgovara svom kontrolnom zbroju</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} je oštećen: replika u njemu ne odgovara svom kontrolnom zbroju</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} je oštećen: „{file}” je kraći nego što kaže njegov manifest</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} je prazan</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} nije ni u jednom kodiranju koje možemo točno pročitati (nije UTF-8, UTF-16, kodna stranica Windowsa ili ISO 8859, ni Shift-JIS); ponovno ga spremite kao UTF-8</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} je nepotpun: nedostaje {count} datoteka (prva: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} nije sigurnosna kopija RuralDeska (nije ZIP datoteka); možda je odrezana</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} nije sigurnosna kopija RuralDeska ili je oštećen ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} nije sigurnosna kopija radnog prostora RuralDeska</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} nije vCard datoteka (treba počinjati s BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} nije valjana vCard datoteka: kartica {number} je neispravna ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} nije valjan UTF-16 tekst; možda je odrezan ili oštećen</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} nije valjan UTF-32 tekst; možda je odrezan ili oštećen</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} ipak nije tekst u {encoding} (bajt {byte}); ponovno ga spremite kao UTF-8</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} nije tekst u {encoding}: redak {line} sadrži bajtove koje ne može pročitati (bajt {byte}); odaberite drugo kodiranje</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} ima {size}, više od {limit} koliko {what} smije imati; podijelite ga na manje datoteke</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} je {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} treba {size} slobodnog prostora na disku, a slobodno je samo {free}; ništa nije promijenjeno</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} počinje kao UTF-8, ali redak {line} sadrži bajtove koji nisu UTF-8 (bajt {byte}); možda je oštećen — ponovno ga spremite kao UTF-8</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} je izradio noviji RuralDesk (format sigurnosne kopije {version}); ažurirajte RuralDesk da biste ga vratili</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, redak {line}: ćelija pod navodnicima ima tekst nakon zatvarajućeg navodnika ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, redak {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: navodnik (&quot;) otvoren blizu retka {line} nikad se ne zatvara; datoteka izgleda odrezano ili oštećeno</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: kartica {number} nikad se ne zatvara (nedostaje END:VCARD); datoteka izgleda odrezano</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: kodiranje nije sigurno, datoteka se drukčije čita kao {shown}; odaberite jedno (na primjer --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>{path} nije moguće pročitati ({reason}); vratite u novi radni prostor</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} ne postoji</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} je mapa, a ne {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} nije prazan radni prostor</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} nije uvezeno: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: {count} znakova u pismu koje font ne može prikazati ({scripts}) izostavljeno je iz PDF-a</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>„{file}” navodi veličinu koju njegovi komprimirani podaci ne mogu imati (zip bomba?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>„{file}” je poveznica ili mapa, a ne datoteka</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>„{file}” je šifriran ili komprimiran na način koji RuralDesk ne zapisuje</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>„{file}” nije veličine koju navodi njegov manifest</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>„{file}” se raspakirava na više od deklarirane veličine (zip bomba?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>„{number}” nije telefonski broj koji možemo pročitati; zadržan je u bilješkama</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>„{value}” nije država (upotrijebite naziv ili ISO 3166 kôd, npr. PT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>„{value}” nije datum (upotrijebite GGGG-MM-DD ili DD/MM/GGGG)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>„{value}” nije jezik (upotrijebite naziv ili ISO 639 kôd, npr. fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>„{value}” nije jezik (upotrijebite ISO 639 kôd, npr. fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>„{value}” nije broj</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}” nije ID zapisa</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>„{value}” nije tema ovog radnog prostora</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>„{value}” nije cijeli broj</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}” nije jedno od: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Sve vrste</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Bilo koja država</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Bilo koja vrsta</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Bilo koji jezik</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Bilo koja regija</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Bilo koja tema</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Očisti</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Očisti filtre</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Stupci</translation>
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
        <translation>U smeću: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Sažetak popisa</translation>
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
        <translation>Spremi pretraživanje…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Spremi ovo pretraživanje</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Odabrano: {count}</translation>
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
        <translation>Upišite za pretraživanje praksi, kontakata, alata i tema.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;O RuralDesku</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Pri&amp;loži datoteke…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Natrag</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>S&amp;tupci…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>Kopiraj &amp;dijagnostičke podatke</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>O&amp;briši</translation>
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
        <translation>&amp;Traži…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moć</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>P&amp;oveži s…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>&amp;Zalijepi kao privitak</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izlaz</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Zapis</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Po&amp;novi</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Pos&amp;tavke…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sinkronizacija</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Poništi</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Korisnički priručnik</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Prikaz</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Dodaj zapis na prikazani popis</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Dodano „{title}”</translation>
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
        <translation>Privitak još nije ovdje</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Vrati odabrane zapise iz smeća</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Promjene koje čekaju dijeljenje</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Promjene koje čekaju dijeljenje: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Odaberite praksu ili alat kojem ćete priložiti datoteke.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Kopiraj datoteke u radni prostor i priloži ih</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Nije moguće priložiti</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Nije moguće spremiti</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Obriši spremljeno pretraživanje</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Dijagnostički podaci kopirani. Zalijepite ih u poruku osobi koja vam pomaže; ne sadrže imena ni sadržaj.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Uredi prikazani zapis</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>Isprazni &amp;smeće…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Isprazni smeće</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Pražnjenje smeća</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Trajno izbrisati sve iz smeća s ovog računala? To se ne može poništiti.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Trajno izbrisano s ovog računala: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Za zahtjev za podršku: verzije i veličine, nikad imena ni sadržaj</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Idi na &amp;popis</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Poveži ovaj zapis s kontaktima, alatima ili praksama</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Poveži „{title}” s…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Glavna alatna traka</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Premjesti odabrane zapise u smeće</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Premješteno u smeće: {count}. Poništite s Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Navigacija</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Nema promjena koje čekaju dijeljenje</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Još nema spremljenih pretraživanja. Upišite nešto u okvir za pretraživanje, zatim odaberite Spremi pretraživanje ispod filtara.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Vrati</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponovi</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Vraćeno: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Spremi pretraživanje</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Pretraživanje „{name}” spremljeno</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Spremljeno „{title}”</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Pretraži sve</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Pretraži sve (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Odaberi &amp;sve</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Prikaži mapu &amp;zapisnika</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Prikaži: {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Stanje sinkronizacije</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Taj zapis više nije ovdje.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>Međuspremnik ne sadrži datoteku ni sliku za prilaganje.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Ova datoteka još nije na ovom računalu. Stiže sa sljedećom sinkronizacijom.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Smeće</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Poništi</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Stvoreno</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Rasprave</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Pronađeno u</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zadnja promjena</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Spremljena pretraživanja</translation>
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
        <translation>Smeće</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Što je novo</translation>
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
            <numerusform>%n promijenjeni kontakt</numerusform>
            <numerusform>%n promijenjena kontakta</numerusform>
            <numerusform>%n promijenjenih kontakata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n promijenjena praksa</numerusform>
            <numerusform>%n promijenjene prakse</numerusform>
            <numerusform>%n promijenjenih praksi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n promijenjeni alat</numerusform>
            <numerusform>%n promijenjena alata</numerusform>
            <numerusform>%n promijenjenih alata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakta</numerusform>
            <numerusform>%n kontakata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n uređena objava</numerusform>
            <numerusform>%n uređene objave</numerusform>
            <numerusform>%n uređenih objava</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n novi kontakt</numerusform>
            <numerusform>%n nova kontakta</numerusform>
            <numerusform>%n novih kontakata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n nova objava</numerusform>
            <numerusform>%n nove objave</numerusform>
            <numerusform>%n novih objava</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n nova praksa</numerusform>
            <numerusform>%n nove prakse</numerusform>
            <numerusform>%n novih praksi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n novi alat</numerusform>
            <numerusform>%n nova alata</numerusform>
            <numerusform>%n novih alata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n objava</numerusform>
            <numerusform>%n objave</numerusform>
            <numerusform>%n objava</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n praksa</numerusform>
            <numerusform>%n prakse</numerusform>
            <numerusform>%n praksi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n zapis koji su drugi podijelili od vašeg zadnjeg pregleda.</numerusform>
            <numerusform>%n zapisa koje su drugi podijelili od vašeg zadnjeg pregleda.</numerusform>
            <numerusform>%n zapisa koje su drugi podijelili od vašeg zadnjeg pregleda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n alat</numerusform>
            <numerusform>%n alata</numerusform>
            <numerusform>%n alata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n nepročitan</numerusform>
            <numerusform>%n nepročitana</numerusform>
            <numerusform>%n nepročitanih</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Prilaganje datoteka: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Nije moguće poništiti ili ponoviti: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Stvaranje: {title}</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Brisanje zapisa: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Brisanje: {title}</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Uređivanje: {title}</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Povezivanje: {title}</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Nije poništeno: {fields} zapisa „{title}” otad je promijenio netko drugi (stiglo je s posljednjom sinkronizacijom). Njegova vrijednost ostaje; uredite je ručno ako vaša treba prevladati.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Nije poništeno: „{title}” je otad netko drugi premjestio u smeće ili iz njega (stiglo je s posljednjom sinkronizacijom). Ostaje kakav jest.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Uklanjanje privitka {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Vraćanje zapisa: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Vraćanje: {title}</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Odvezivanje od: {title}</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Računala u blizini koja nude sinkronizaciju:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>Ponudi sinkronizaciju računalu u &amp;blizini…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Adresa ovog računala</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>Po&amp;veži i sinkroniziraj</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Odaberite računalo s popisa ili upišite njegovu adresu kako je prikazana na njemu (na primjer 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Odaberite računalo koje nudi sinkronizaciju (na njemu Sinkronizacija → Ponudi sinkronizaciju računalu u blizini…) i upišite kôd koji prikazuje.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Povezivanje…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Ako ovo računalo nije tamo navedeno, povežite se putem adrese: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Dopusti računalu vaše grupe u istoj mreži da se sinkronizira s ovim, bez poslužitelja i bez interneta</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Traže se računala vaše grupe u ovoj mreži…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Ponudi sinkronizaciju računalu u blizini</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>Na drugom računalu (isti Wi-Fi ili žarišna točka telefona, ista grupa) odaberite Sinkronizacija → Sinkroniziraj s računalom u blizini…, odaberite ovo računalo i upišite ovaj kôd:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Ili se poveži putem &amp;adrese:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>&amp;Kôd za uparivanje:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Kôd za uparivanje</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Napredak</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Zaustavi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Zaustavljeno. Ništa nije primijenjeno napola.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Sinkroniziraj s računalom u bl&amp;izini…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Sinkroniziraj s računalom vaše grupe koje to nudi u istoj mreži</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Sinkroniziraj s računalom u blizini</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Sinkronizirano s „{name}”: primljene promjene: {received}, poslane: {sent}.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>To nije kôd prikazan na drugom računalu; ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>To nije kôd prikazan na drugom računalu; ništa nije promijenjeno. Preostali pokušaji: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>Kôd ima šest znamenki, kako je prikazan na drugom računalu.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>Veza s drugim računalom je prekinuta ({reason}). Ništa nije primijenjeno napola; pokušajte ponovno.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>Veza je prekinuta prije kraja; ništa nije primijenjeno napola. I dalje se čeka računalo vaše grupe…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>Drugo računalo odgovorilo je na način koji ova verzija ne razumije ({reason}). Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>Drugo računalo pripada drugoj grupi; sinkronizirati se mogu samo računala iste grupe. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>Drugo računalo prekinulo je ponudu nakon previše pogrešnih kôdova. Zatražite tamo novu ponudu; ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>U ovoj mreži računala se ne mogu međusobno pronaći: na drugom računalu povežite se putem adrese: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>U ovoj mreži računala se ne mogu međusobno pronaći: upišite adresu prikazanu na drugom računalu.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Ovaj radni prostor još ne pripada nijednoj grupi. Jednom postavite sinkronizaciju s poslužiteljem svoje grupe (Sinkronizacija → Postavi sinkronizaciju…); nakon toga može se sinkronizirati i s računalima u blizini.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Čeka se računalo vaše grupe…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>Čuvaju se do sljedeće sinkronizacije s poslužiteljem, koji poznaje računalo koje ih je potpisalo: {count}.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>Odbijene (potpis se nije slagao): {count}.</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>„{name}” pripada drugoj grupi i ne može se sinkronizirati s ovim računalom. I dalje se čeka…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>„{name}” se povezao; provjera kôda…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>„{name}” je upisao pogrešan kôd; ništa nije promijenjeno. Preostali pokušaji: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>„{name}” je upisao ispravan kôd; sinkronizacija…</translation>
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
        <translation>&amp;Zalijepi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Po&amp;novi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Poništi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Iz&amp;reži</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Izbriši</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Odaberi sve</translation>
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
        <translation>Primijeni</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odbaci</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoć</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Zanemari</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e za sve</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Vrati na početno</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Vrati zadane vrijednosti</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Pokušaj ponovno</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spremi</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spremi sve</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Da za &amp;sve</translation>
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
        <translation>&amp;Zalijepi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Po&amp;novi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Poništi</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiraj &amp;adresu poveznice</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Iz&amp;reži</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Izbriši</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Odaberi sve</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Označi sve kao pregledano</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(bez naslova)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Dodaj &amp;bilješku…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Najprije odaberite zapis na popisu.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zadnja promjena</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Nema ničega za pregled: sve što su drugi podijelili pregledano je.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Bilješka recenzenta</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Bilješka recenzenta: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Podijelio/la</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Podijeljeni zapisi za pregled</translation>
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
        <translation>Napišite bilješku recenzenta o odabranom zapisu</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Vaša bilješka o „{title}” putuje sa zapisom do svih u grupi. Mogu je pisati samo koordinatori.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, zadnja promjena {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Nije moguće učitati demo podatke: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Demo podaci učitani.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Učitavanje demo podataka</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Učitavanje demo podataka zaustavljeno; učitano ostaje.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>Nova mapa podataka koristi se od sljedećeg pokretanja.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Drugi prozor RuralDeska već radi na ovom radnom prostoru ({path}). Prijeđite u taj prozor ili ga zatvorite i pokušajte ponovno.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Odaberite mapu za svoj radni prostor</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Odaberite drugu mapu…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Nastavi</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Slobodno je samo {free} MB ondje gdje se čuva vaš radni prostor ({path}). RuralDesk možda neće moći spremiti vaše promjene. Oslobodite prostor (ispraznite smeće računala, uklonite velike datoteke), zatim nastavite.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Izlaz</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk je već otvoren</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk čuva vaš radni prostor u {folder}, ali ondje ne može pisati ({reason}). Odaberite drugu mapu u koju možete pisati, npr. neku u svojim dokumentima.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Prikaži sigurnosne kopije</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Mapa podataka ne može se koristiti</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>Disk je gotovo pun</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>Mapa {folder} je samo za čitanje. Odaberite drugu mapu u koju možete pisati.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Radni prostor nije moguće otvoriti</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Pokušaj ponovno</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk je pun</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk čuva automatske sigurnosne kopije vašeg radnog prostora u {backups}. Jednu možete vratiti tako da je kopirate preko oštećene datoteke.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>S&amp;ukobi…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>P&amp;rekini vezu s poslužiteljem…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Grupa…</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Kôd pozivnice:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Sinkroniziraj sada</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Vaše ime:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Privitak još nije ovdje</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Privitak nije na poslužitelju</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Promjene na čekanju: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Provjeri i spremi</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Provjera…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Sukobi: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Povezano. Vaš token čuva se u {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Provjera veze</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Nije moguće preuzeti</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Nije moguće sačuvati token: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Prekid veze s poslužiteljem</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Preuzimanje privitka</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Unesite adresu poslužitelja (počinje s https://) i grupu.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Unesite token koji vam je dao koordinator.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Sve je spremljeno na ovom računalu. Upotrijebite Sinkronizacija → Postavi sinkronizaciju… da biste to podijelili sa svojom grupom.</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Grupa „{group}” na {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kôd pozivnice</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Pridruživanje grupi…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Velika promjena s poslužitelja</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Nije spremljeno: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Još nije sinkronizirano</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Otvoreni sukobi</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Ili, s osobnim tokenom:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Zalijepite kôd pozivnice koji vam je poslao koordinator: sadrži adresu poslužitelja i grupu. Ako umjesto toga imate osobni token, ostavite ga praznim i ispunite polja u nastavku. Token se čuva u spremištu lozinki sustava ako postoji, inače u datoteci koju samo vi možete čitati.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Riješi…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>&amp;Zaustavi sinkronizaciju</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Pošalji svoje promjene poslužitelju grupe i preuzmi promjene svih ostalih</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresa poslužitelja:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>&amp;Postavi sinkronizaciju…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Postavljanje sinkronizacije</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Prestati sinkronizirati ovaj radni prostor s poslužiteljem grupe? Vaši zapisi ostaju na ovom računalu; promjene koje još nisu poslane ostaju na čekanju. Sinkronizaciju možete ponovno postaviti kasnije.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Sinkronizacija… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>Poslužitelj grupe još nema ovu datoteku: osoba koja ju je priložila otad se nije sinkronizirala.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>Poslužitelj grupe odbio je promjenu ovog zapisa ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Promjene s poslužitelja grupe premjestile bi {deletes} zapisa u smeće, trajno izbrisale {erasures} i promijenile {overwrites} — {total} od vaših {records} zapisa ({share}).

To može biti ispravno (netko je pospremio zajedničke zapise) ili pogreška. Primijeniti te promjene sada?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Članovi grupe; za koordinatore pozivnice, uloge i zahtjevi za osobne podatke</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Ova datoteka nije na ovom računalu, a ovaj radni prostor nije povezan s poslužiteljem grupe.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Ovaj je zapis u sukobu ({fields}): dvije su ga osobe promijenile istodobno.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Ovaj radni prostor sadrži demo podatke. Demo podaci su izmišljeni i nikad ne napuštaju ovo računalo, pa se ne mogu dijeliti s vašom grupom.

Upotrijebiti novi, prazan radni prostor za zapise vaše grupe? Demo radni prostor ostaje kakav jest.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Ažurno · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Rad izvan mreže: nije povezan poslužitelj grupe</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Sada ste u novom, praznom radnom prostoru „{name}”. Demo radni prostor ostaje kakav jest.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>datoteka koju samo vi možete čitati ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>provjera poslužitelja</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>poslužitelj nije dostupan</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>poslužitelj nije dostupan: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>unesite novi token pod Sinkronizacija → Postavi sinkronizaciju…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>sačuvan od prije; upišite za zamjenu</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>zadnja sinkronizacija u {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>neobavezno: vaše ime kako ga grupa zna</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>pritisnite F5 za ponovni pokušaj</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>primanje privitaka</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>primanje promjena</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>spremanje primljenog</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>slanje privitaka</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>slanje promjena</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>postavite sinkronizaciju u novom, praznom radnom prostoru</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>nešto nije u redu</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>nešto nije u redu ({reason}); pojedinosti su u zapisniku</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>zaustavljanje</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>poslužitelj nije prihvatio ovaj token za ovu grupu; provjerite ga ili zatražite novi od koordinatora</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>poslužitelj nije prihvatio vaš token</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>poslužitelj nije prihvatio vaš token; zatražite novi od koordinatora i unesite ga pod Sinkronizacija → Postavi sinkronizaciju…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>poslužitelj je odbio zahtjev</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>poslužitelj je odbio zahtjev: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>spremište lozinki sustava</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>ovaj radni prostor sadrži demo podatke, koji nikad ne napuštaju ovo računalo; postavite sinkronizaciju u novom, praznom radnom prostoru</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>ovaj radni prostor sadrži demo podatke, koji se nikad ne sinkroniziraju</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>ponovni pokušaj u {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>odlučili ste ne primijeniti veliku promjenu s poslužitelja</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>vi ste to zaustavili</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} od {total}</translation>
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
        <translation>Agroekologija</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Zajedničko oblikovanje s tijelima vlasti</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Prijevoz u zajednici</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Zadruge digitalnih platformi</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Obrazovanje i usluge</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energija</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Energetske zajednice</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Razvoj poduzetništva i zapošljavanje</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Zdravstvena skrb</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Lokalno poduzetništvo</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilnost</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Politike i pravni okviri</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Kratki lanci opskrbe hranom</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Socijalna uključenost</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Mreže solidarnosti</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Održiva poljoprivreda i hrana</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Radna integracija</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>&amp;Sigurnosna kopija radnog prostora u datoteku…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Kontakti za spajanje (označeni):</translation>
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
        <translation>&amp;Izvoz…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupe:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Uvezi</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Uvoz…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Zadrži:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Spoji</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Otvori kontakt</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Otvori zapis</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>&amp;List prakse…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Čitaj ovako</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Zapisi:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>V&amp;rati iz sigurnosne kopije…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Razdjelnik:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Koristi ovu državu</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(otkriveno)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(nečitljivo)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(nema se što usporediti)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} stupaca</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>Datoteka .vcf koju adresari i telefoni mogu čitati.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Sigurnosna kopija može se vratiti samo u prazan radni prostor, a ovaj već sadrži {practices} praksi, {contacts} kontakata i {tools} alata. Ništa nije promijenjeno.

Za vraćanje odaberite novu, praznu mapu podataka u Datoteka → Postavke, ponovno pokrenite RuralDesk i vratite ondje.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>List za ispis (PDF ili Markdown) prikazane prakse ili više njih</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>List za ispis ili dijeljenje: ključne činjenice, što je učinjeno, što je naučeno i koga pitati. Naslovi su na jeziku svake prakse.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>Sinkronizacija je u tijeku. Pričekajte da završi, zatim ponovno pokrenite vraćanje.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Privici koji nisu na ovom računalu (čuvaju se na poslužitelju grupe) nisu u sigurnosnoj kopiji: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Sigurnosna kopija radnog prostora</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Sigurnosna kopija {records} zapisa i {files} datoteka privitaka spremljena u {path}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Izrada sigurnosne kopije u {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sigurnosna kopija izrađena</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sigurnosna kopija vraćena</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Sigurnosne kopije (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Sigurnosne kopije (*.zip);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Vrati sigurnosnu kopiju u prazan radni prostor</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Unesi kontakte, prakse ili alate iz CSV/TSV tablice ili vCard datoteke</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tablice (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartica</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Pročitane kartice: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Kartice s problemom: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Provjera: {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Odaberite kodiranje</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Odaberite polje u koje ide svaki stupac ili ga izostavite.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Stupac</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Stupac u datoteci</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Stupci</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Neuvezeni stupci: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Stupci datoteke</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Zarez ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Kontakt koji se zadržava</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Kontakti koji izgledaju kao ista osoba ili organizacija, za spajanje</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Kontakti za spajanje</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Država telefonskih brojeva</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Trajno izbriši kontakt, svugdje, i popiši spominjanja za pregled</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Dvaput kliknite da biste otvorili kontakt koji je već ovdje</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Dvostruki kontakti</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>T&amp;rajno izbriši ovu osobu…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>I&amp;zvezi sve o ovoj osobi…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Trajno izbriši</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Trajno brisanje ove osobe</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Trajno izbrisati „{name}” i sve što se o toj osobi čuva?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>Trajno brisanje: {name}</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Svi kontakti na popisu ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Sve prakse na popisu ({count}), u jednom dokumentu</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Svaki redak mora biti ispravan prije nego što se išta uveze. Ispravite ove retke u datoteci i ponovno je uvezite ili uvezite samo valjane retke.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Sve o „{name}” spremljeno je u {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Sve u ovom radnom prostoru, uključujući privitke, u jednoj datoteci</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Primjer</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Excel na Windowsima ispravno prikazuje slova s dijakriticima samo s ovom oznakom</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Izvezi kontakte kao &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Izvoz kontakata kao vCard</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Izvoz svega o ovoj osobi</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Izvezi popis kao &amp;CSV…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Izvoz popisa kao CSV</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Izvoz:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Izvezeno {count} kontakata u {path}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Izvezeno {count} zapisa u {path}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Izvoz u {name}</translation>
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
        <translation>Pronađi &amp;dvostruke kontakte…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Pronađeno</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Skupine vjerojatnih duplikata</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Uvoz</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Uvezi &amp;kao:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Uvoz tablice</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Pojedinosti uvoza</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Nalazi uvoza</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Uvoz u</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Izvješće o uvozu</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Rezultat uvoza</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Uvezi stupac „{name}” u</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Uvezi retke bez problema, a ostale izostavi</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Uvezi samo valjane retke</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Uvezi samo valjane retke ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Uvezeno: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Uvezeno: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Uvoz: {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Nije uspjelo: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Njegove se poveznice uklanjaju iz {count} povezanih zapisa.</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Njegove prošle vrijednosti brišu se iz povijesti promjena.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON datoteke (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Traženje dvostrukih kontakata</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Izgleda kao</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdown tekst</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>Spominjanja imena, e-adresa ili telefona osobe u tekstu drugih zapisa ne mijenjaju se: dobivate njihov popis za naknadni pregled.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Spominjanja za pregled</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Spajanje kontakata</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Spoji označene kontakte u onaj koji se zadržava</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>Spojeno {count} kontakata u jedan; ponovno povezanih zapisa: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Imena kako ih čita {encoding}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Sigurnosna kopija nije izrađena: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Još nijedan stupac ne ide u polje: odaberite barem jedan.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Nema vjerojatnih duplikata</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Nisu pronađeni vjerojatni duplikati.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Nijedan drugi zapis ne povezuje se s njim.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Za ovaj radni prostor nije postavljena telefonska regija.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Nije uvezeno ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Nije uvezeno: nije odabrana država za telefonske brojeve iz {name}. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Nije uvezeno: nije odabrano kodiranje za {name}. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Nije postavljeno (pita se kad zatreba)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Napomena</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Ništa nije trajno izbrisano: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Ništa nije izvezeno: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ništa nije uvezeno.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Ništa nije uvezeno: datoteka ne sadrži zapise.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Ništa nije uvezeno: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Ništa nije vraćeno: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Uvezeni su samo valjani retci; retci u nastavku su izostavljeni.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Otvori označeni kontakt</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Otvori označeni zapis</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF dokument</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Telefonski brojevi bez pozivnog broja države</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Telefonski brojevi bez pozivnog broja države čitaju se kao {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Telefonska regija</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mogući duplikati</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Mogući duplikati ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Možda već ovdje: {count} (vidi „Mogući duplikati”)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>List prakse</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Zapisano listova praksi: {count}, u {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pregled</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Pregled uvoza</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Sažetak pregleda</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problemi ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Svojstvo</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Čitaj kao {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Čita se kao: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Ponovno čitanje datoteke…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Čitanje: {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Spremno</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Prepoznat izvoz</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Prepoznato: &lt;b&gt;{preset}&lt;/b&gt;. Njegovi su stupci povezani u nastavku; provjerite ih prije uvoza.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Vraćanje iz sigurnosne kopije</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Vratiti {count} zapisa iz {name} (izrađeno {date}) u ovaj prazan radni prostor?</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Vraćeno {records} zapisa i {files} datoteka privitaka iz {name}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Vraćanje: {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Redak</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Pregledano redaka: {count}; svi su spremni za uvoz.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Pregledano redaka: {count}; s problemom: {bad}. Ispravite ih u datoteci ili promijenite stupce iznad.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Pročitano redaka: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Retci s problemom: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Spremi prikazani popis, s njegovim stupcima i filtrima, kao tablicu</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Spremi odabrane kontakte ili cijeli popis za adresar ili telefon</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Točka-zarez ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Najprije prikažite kontakt.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Prikažite praksu ili popis praksi da biste od njih napravili listove.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Prikažite kontakte (ili potražite neke) i odaberite one za izvoz.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Zaustavljeno: {what}. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Tablice i adresari (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>Izbor se još može promijeniti pod „Kodiranje” u sljedećem koraku.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Kontakt se trajno briše s ovog računala: ne ide u smeće i to se ne može poništiti.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>Kontakt, njegova povijest i svaki zapis koji je povezan s njim ili ga spominje, kao JSON</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Kontakti nisu izvezeni: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Kontakti nisu spojeni: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Država telefonskih brojeva zapisanih bez pozivnog broja države, za ovaj radni prostor</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Datoteku nije moguće pregledati: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Datoteku nije moguće tako pročitati: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>Prvi retci kako će biti pohranjeni. Retci s problemom su označeni; uvoz se zaustavlja ako ijedan redak datoteke ima problem.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>Slova u {name} mogu se pročitati na više načina i ne možemo reći koji je ispravan. Odaberite stupac u kojem su imena ispravno napisana.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>Popis nije izvezen: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>Telefonska regija nije spremljena: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>Prikazana praksa: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>Zapisi koje je pretraživanje pronašlo, sa stupcima koje popis prikazuje za njihovu vrstu.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>Traženje duplikata zaustavljeno: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>Pretraživanje nije pronašlo ništa za izvoz.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Odabrani kontakti ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>Odabrane prakse ({count}), u jednom dokumentu</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>List nije zapisan: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>Smeće se ne može izvesti. Odaberite prakse, kontakte, alate ili teme.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Ovi kontakti izgledaju kao ista osoba ili organizacija. Spajanje zadržava jedan kontakt, popunjava njegova prazna polja iz ostalih, premješta svaku poveznicu i privitak na njega, a ostale premješta u smeće (mogu se vratiti).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Ova se datoteka ne može uvesti: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Ova se datoteka ne može vratiti: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Ovo se pita jednom i čuva za radni prostor; mijenja se u Datoteka → Postavke. Brojevi s pozivnim brojem države i retci koji navode državu čitaju se kakvi jesu.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Ovaj redak ima problem</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Ovaj radni prostor nije dijeljen s poslužiteljem grupe; kopije drugdje (sigurnosne kopije, izvozi) ne diraju se.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Ovaj je radni prostor dijeljen: trajno brisanje šalje se poslužitelju grupe pri sljedećoj sinkronizaciji i kopija svakog člana također ga briše.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 s &amp;BOM-om, za Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 s BOM-om</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 s BOM-om, za Excel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrijednost</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Okomita crta ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Pričekajte da posao u tijeku (uvoz, izvoz) završi, zatim ponovno pokrenite vraćanje.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Upozorenja ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Što trajno brisanje čini</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Zašto</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Zašto izgledaju slično</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Zašto: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Zapisivanje: {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>stupac {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>stvoreno {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>faks</translation>
    </message>
    <message>
        <source>home</source>
        <translation>kućni</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobilni</translation>
    </message>
    <message>
        <source>other</source>
        <translation>ostalo</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>listovi-praksi</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>ova datoteka</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (stariji telefoni)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard datoteke (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>poslovni</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} sadrži telefonske brojeve bez pozivnog broja države (npr. „{example}”) u retcima koji ne navode državu. U kojoj su državi?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: svaki zapis koji popis prikazuje ({count}), s njegovim filtrima, redoslijedom i prikazanim stupcima.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: pronađeno {count}</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— izostavi —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>„{name}” je trajno izbrisan.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>„{name}” je trajno izbrisan. Nijedan ga drugi zapis ne spominje u svom tekstu.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>„{name}” je trajno izbrisan. Ovi ga zapisi još spominju u svom tekstu. Otvorite svaki i uklonite ili preformulirajte spominjanje ondje gdje je riječ o osobnim podacima.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Navedite valutu iznosa financiranja</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>Regija {value} nije u {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Datum završetka je prije datuma početka</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Nepoznato polje „{value}”</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label}: vrijednost ne može biti negativna</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label}: polje je obavezno</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label}: tekst je predug ({length} znakova, najviše {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label}: mora biti popis</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label}: mora biti popis tekstova</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label}: mora biti broj, a ne „{value}”</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label}: mora biti cijeli broj</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label}: mora biti tekst</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: svaka stavka treba vrijednost</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>„{value}” nije kôd NUTS regije</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>„{value}” nije datum (upotrijebite GGGG-MM-DD)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>„{value}” nije telefonski broj (upotrijebite +pozivni broj države, npr. +351 21 000 0000)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>„{value}” nije mogući telefonski broj</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}” nije ID zapisa</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>„{value}” nije valjana adresa e-pošte</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>„{value}” nije web-adresa (treba počinjati s https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>„{value}” nije ISO 3166 kôd države</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>„{value}” nije ISO 4217 kôd valute</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>„{value}” nije ISO 639 kôd jezika</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}” nije jedno od: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Što je novo</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(bez naslova)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Promijenjen kontakt: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Promijenjena praksa: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Promijenjen alat: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Sve ovdje je pročitano.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Prva sinkronizacija: {items} od vaše grupe</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Označi &amp;sve kao pročitano</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Označi sve u Što je novo kao pročitano</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Novi kontakt: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Nova praksa: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Novi alat: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Još nema ničega novog od vaše grupe. Kad drugi dodaju ili promijene prakse, kontakte ili alate, prikazuju se ovdje nakon sinkronizacije.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Samo &amp;nepročitano</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Taj zapis više nije ovdje.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Danas</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Nepročitano: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Što je stiglo od vaše grupe</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Što je vaša grupa dodala ili promijenila otkad ste zadnji put pogledali</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Što je novo</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Jučer</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>netko</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} od vaše grupe</translation>
    </message>
</context>
</TS>
