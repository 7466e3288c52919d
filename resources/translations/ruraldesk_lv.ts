<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Nav programmas šī faila atvēršanai</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Saglabāt kopiju</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Saglabāt kopiju…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Šajā datorā nav programmas, kas atver „{name}”. Varat saglabāt kopiju un vēlāk atvērt to ar jebkuru programmu pēc savas izvēles.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Konsultāciju dienests</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Iestāde</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Slikta</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Kopienas kooperatīvs</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Kopienas fonds</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Piekrišana</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Līgums</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Melnraksts</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Finansēšanas dienests</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Laba</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Vadlīnijas</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Mājas</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Juridisks pienākums</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Leģitīmās intereses</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Pašvaldība</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodoloģija</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Jaukta</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobilais</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Cits</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Politikas ieteikums</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Sabiedrības interesēs veicams uzdevums</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Reģionālā iestāde</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Koplietots</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Sociālais uzņēmums</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Atbalsta dienests</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Veidne</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Trešā vieta</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Rīku komplekts</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Apmācība</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Ciema biedrība</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Vitālas intereses</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Atsaukts</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Darba</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Darba integrācijas uzņēmums</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Pielikums</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pielikumi</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakts</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskusija</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Diskusijas</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Saistītie kontakti</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Saistītās prakses</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Saistītie rīki</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Jauns kontakts</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Jauna prakse</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Jauna tēma</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Jauns rīks</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Ziņa</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Ziņas</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Prakse</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Prakses</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tēma</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tēmas</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Rīks</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Rīki</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Noraidīt</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>At&amp;stāt dzēstu</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Apvienotā vērtība (rediģējiet, pēc tam saglabājiet):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>Atvērt &amp;ierakstu</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>A&amp;tjaunot ierakstu</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>Saglabāt apvienoto &amp;vērtību</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(tukšs)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(bez nosaukuma)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Paturēt &amp;manu</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Paturēt &amp;citu</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Apvienotā vērtība</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Nav konfliktu: visas jūsu grupas izmaiņas bija savietojamas.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nav saglabāts: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Atvērtie konflikti</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Noraidīts: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Atrisināts: „{title}” — {field}. Jūsu izvēle tiks kopīgota ar grupu nākamajā sinhronizācijā.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Cita vērtība</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>Cita — {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Kad divi cilvēki pirms sinhronizācijas mainīja vienu un to pašu, grupas serveris paturēja vienu vērtību un otru nolika malā. Izvēlieties, kam jābūt ierakstā; jūsu izvēle tiks kopīgota ar visiem nākamajā sinhronizācijā.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Kāpēc serveris to noraidīja</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Jūsu izmaiņas ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Jūsu vērtība</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>Jūsu — {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>cits dalībnieks</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>dzēsts vai paturēts</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nē</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>grupa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>you</source>
        <translation>jūs</translation>
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
        <translation>(bez nosaukuma)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Atcelt rediģēšanu</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Izvēlieties ierakstu sarakstā vai nospiediet Ctrl+N, lai pievienotu jaunu.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Informācija</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Rediģēšanas veidlapa</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Rediģēt „{title}”</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Ar * atzīmētie lauki ir obligāti.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Aiziet bez saglabāšanas?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Lūdzu, izlabojiet tālāk atzīmētos laukus.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problēma laukā {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ieraksts</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligāts</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Saglabāt ierakstu</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Jūsu izmaiņas šajā ierakstā nav saglabātas. Aizvērt veidlapu un zaudēt tās?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>izveidoja {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>atkritnē</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>pēdējo reizi mainīts {when}, mainīja {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>vēl nav šajā datorā</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>noņemt</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>atsaistīt</translation>
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
        <translation>&amp;Pielikumi:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pār&amp;lūkot…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datu mape:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Fonta lielums:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Saskarnes valoda:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Uzaicinājuma kods:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>&amp;Tālruņu reģions:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>Jaunā datu mape tiks izmantota no nākamās palaišanas.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Pievienojiet savas prakses, kontaktus un rīkus.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>&amp;Jautāt, pirms sinhronizācija maina vairāk nekā:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Izvēlēties datu mapi</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonnas</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Pieslēgties grupas serverim</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datu mape</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Noklusējuma datu mape</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Demonstrācijas ieraksti katrā kolekcijā</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Lejupielādēt, atverot</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Izdomātas prakses, kontakti un rīki septiņās valodās izmēģināšanai. Vēlāk tos varat izdzēst.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Atrast saistāmos ierakstus</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Uzaicinājuma kods</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Pievienojieties savas grupas kopīgajai krātuvei ar uzaicinājuma kodu, ko jums nosūtīja koordinators.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Visu paturēt bezsaistē</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Ielādēt demonstrācijas datus</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Tikai tad, kad pieprasu</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Ieraksti katrā kolekcijā:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Saistāmie ieraksti</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk glabā jūsu grupas prakses, kontaktus un rīkus šajā datorā un darbojas bez savienojuma. Kā vēlaties sākt?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>Sinhronizēt &amp;ik pēc:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Rādīt šīs kolonnas:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Sākt ar tukšu darbvietu</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Aptur…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sistēmas valoda</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Sistēmas lielums</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Ierakstiet vārdu vai nosaukumu, lai atrastu ierakstus</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Laipni lūdzam RuralDesk</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>pievienots {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} no {total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n ziņa</numerusform>
            <numerusform>%n ziņas</numerusform>
            <numerusform>%n ziņu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n temats</numerusform>
            <numerusform>%n temati</numerusform>
            <numerusform>%n tematu</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(bez virsraksta)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(nav norādīts)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Tematam vajadzīgs virsraksts un sākuma ziņa.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Pievienot failus</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Pievienot failus…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Pievienoti:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentāri</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Komentāri (%n)</numerusform>
            <numerusform>Komentāri (%n)</numerusform>
            <numerusform>Komentāri (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Nevarēja eksportēt diskusiju: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Nevarēja saglabāt: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Melnraksts saglabāts</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Melnraksts saglabāts no {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediģēt</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Rediģēt savu ziņu</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Eksportēt kā Markdown…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Eksportēt kā PDF…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Eksportēt diskusiju</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Šai ziņai pievienojamie faili</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Pievienojamie faili: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Paslēpa koordinators: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Paslēpts no grupas: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Paslēpt</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Paslēpt diskusiju…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Paslēpt…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Valoda:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Pēdējās darbības</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Jauns &amp;temats…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Jauns temats</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Jauns temats…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Vēl nav ziņu. Uzrakstiet pirmo tālāk.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Vēl nav tematu. Sāciet tematu ar „Jauns temats”; komentāri par praksi, rīku vai kontaktu ir tā lapas apakšā.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Nav atbilde</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Nav atļauts: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Sākuma ziņa</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Sākuma ziņa:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicēt</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Publicēt (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Ziņa noņemta</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Publicēts. Ziņa nonāks pie grupas nākamajā sinhronizācijā.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Ziņas</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Atbildēt</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Atbilde uz ziņu</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Atbilde: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Rādīt %n agrāku ziņu</numerusform>
            <numerusform>Rādīt %n agrākas ziņas</numerusform>
            <numerusform>Rādīt %n agrāku ziņu</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Rādīt atkal</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Rādīt diskusijas</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Sākt diskusiju ar grupu</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Sākt diskusiju ar grupu (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Sāka</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>Diskusija ierakstīta: {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>Iepriekšējā versija paliek ziņas vēsturē.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>Sākuma ziņa… *slīpraksts*, **treknraksts**, - saraksti, [saites](https://…), @dalībnieks</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Virsraksts:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temats</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temati</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Versija {n}, {when}, autors: {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Ziņas versijas</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Par ko tas ir?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Kāpēc to paslēpt? Visi redz iemeslu tās vietā.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Atsaukt</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Atsaukt šo ziņu? Tās teksts pazūd no diskusijas; iepriekšējās versijas paliek vēsturē.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Atsaukt savu ziņu</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Autors to atsauca.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Rakstiet ziņu… *slīpraksts*, **treknraksts**, - saraksti, [saites](https://…), @dalībnieks (Ctrl+Enter publicē)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Vispirms kaut ko uzrakstiet.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Tā vietā rakstīt visai diskusijai (Escape)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Jūsu ziņa</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>diskusijas noteikumi neļauj veikt šīs izmaiņas</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>ziņā jābūt tekstam</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>noņemta ziņa</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>rediģēts</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>atbildot: {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>tikai koordinators var paslēpt ziņu vai diskusiju</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>tikai ziņas autors var to rediģēt vai atsaukt</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>tikai dalībnieks, kurš sāka diskusiju, var mainīt tās virsrakstu, tēmas vai valodu</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>sāka: {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (paslēpts)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · jaunas: {count}</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(izvēlieties)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nav)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Pievienot</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Notīrīt</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Nav datuma</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Ierakstiet un nospiediet Enter</translation>
    </message>
    <message>
        <source>add</source>
        <translation>pievienot</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>notīrīt</translation>
    </message>
    <message>
        <source>list</source>
        <translation>saraksts</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>noņemt</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>jāpievieno</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tips</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Darbības</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pielikumi</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Mērķauditorija</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autors</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Plašāka tēma</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Komentāri par</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Piekrišanas datums</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Piekrišanas avots</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Konteksts</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valūta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskusija</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-pasta adreses</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Beigu datums</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Ekspertīzes tēmas</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Faila nosaukums</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Personas pilns vārds vai organizācijas nosaukums</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Finansējuma apmērs</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansējuma avots</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Grupas dalībnieks</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Paslēpšanas iemesls</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Atbilde uz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Valodas</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Tiesiskais pamats</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Gūtās atziņas</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Saites</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Multivides veids</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Pieminējumi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Mērķi</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Šķēršļi (juridiski / politiski)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Organizāciju veidi</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Partneri (tostarp iestādes)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Tālruņi</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Pasta indekss</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reģions</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Saistītie kontakti</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Saistītie rīki</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Noņemtās ziņas</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Rezultāti</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Pārskatītāja piezīme</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Lielums (baiti)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Sākuma datums</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Sāka</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kopsavilkums</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksts</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>Personas dalībnieka vārds grupā: tad arī personas ziņas ir daļa no tās datiem</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tēmas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Pilsēta / ciems</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Pārnesamība</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Tīmekļa vietne</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Audita žurnāls</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>Atcelt &amp;uzaicinājumu</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopēt</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Eksportēt visu par šo personu…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fails:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>Nodot &amp;failu serverim…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>Uzai&amp;cinājumi</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>Uzaicināt &amp;kādu…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Dalībnieki</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Vārds:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>&amp;Jaunākie ieraksti</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>&amp;Vecāki ieraksti</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizācija:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Paroles frāze:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>&amp;Personu dati</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Loma:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>Derī&amp;gs:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 diena</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 nedēļa</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Atsaukts marķieris uzreiz aptur sinhronizāciju: dators patur savu kopiju, bet vairs nevar nosūtīt vai saņemt. Atzīmējiet datorus, kurus atslēgt.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Attiecas uz</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Pievienoja dalībnieku</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Serveris noskaidro, kas jūs esat…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>Adresē {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>Adresē {url} · jūsu loma: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audita žurnāls</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Izvēlēties…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Atcelt uzaicinājumu</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Atcelt uzaicinājumu ({name})? Kods uzreiz pārstāj darboties; vēlāk varat uzaicināt vēlreiz.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Atcēla uzaicinājumu</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Atceļ uzaicinājumu…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Mainīt &amp;lomu…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Mainīt lomu: {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Mainīja dalībnieku</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Maina lomu…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Izvēlēties failu</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinators</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Nokopēts</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Kopēt uzaicinājuma kodu</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Izveidot uzaicinājumu</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Izveido uzaicinājumu…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Informācija</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Neatgriezeniski dzēst šo personu…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Neatgriezeniski dzēst katrā lokālajā kopijā</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Neatgriezeniski dzēst „{name}”</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Neatgriezeniski dzēst „{name}” no visas grupas? To nevar atsaukt. Tas tiek dzēsts šeit un uzreiz nosūtīts uz serveri; katra dalībnieka RuralDesk to dzēš nākamajā sinhronizācijā:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Neatgriezeniski dzēsa ierakstu</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Neatgriezeniski dzēš…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Viss par {name} ierakstīts: {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Eksportēt visu par {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportē…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Atrast personu</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Iedodiet šo kodu personai {name}. RuralDesk programmā viņš izvēlas Sinhronizācija → Iestatīt sinhronizāciju… un ielīmē to vai nofotografē attēlu ar tālruni un nosūta sev. Kods darbojas vienreiz, līdz {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Grupas loga statuss</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Grupa „{group}”</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Nodot failu serverim</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Nodot serverim</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Nodod failu serverim…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Uzaicinājuma kods</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Uzaicinājuma kods kā QR kods</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Uzaicinājums: {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Uzaicinājums ({name}) atcelts.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Uzaicinājums ({name}) izveidots.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Uzaicināt kādu</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Uzaicināja kādu</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Izsniedza marķieri</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Tā pielikumi: nav</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Tā pielikumi: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Tā vēsture ar vērtībām, kas tajā bija (reģistrētas izmaiņas: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON faili (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Pievienojāties grupai, bet marķieri nevarēja saglabāt: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Pievienojās ar uzaicinājumu</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Pēdējā sinhronizācija</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Saites uz to no citiem ierakstiem: nav</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Saites uz to no: {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Uzskaita, ko neatgriezeniskā dzēšana noņems…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Ielādē audita žurnālu…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Ielādē dalībnieka marķierus…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Ielādē dalībniekus…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Ielādē atvērtos uzaicinājumus…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Dalībnieks</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Dalībnieki redzēs jauno nosaukumu pēc nākamās sinhronizācijas; grupas adrese nemainās.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Nav pieslēgts grupas serverim.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Nav izdarīts: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Izmaiņas failā: {total}; serveris piemēroja {applied}, un {already} tam jau bija.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Izmaiņas failā: {total}; serveris piemēroja {applied}, {already} tam jau bija, un {refused} tas noraidīja: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Tikai grupas koordinatori var uzaicināt cilvēkus, mainīt lomas vai noņemt dalībniekus. Palūdziet kādam no viņiem.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Atvērtie uzaicinājumi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Ielādēt vēlreiz</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>&amp;Noņemt no grupas…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>Pārdēvēt &amp;grupu…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Atsaukt &amp;marķierus…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lasītājs</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Noņemt: {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Noņemt {name} no grupas</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Noņemt {name} no grupas? Viņa marķieri uzreiz pārstāj darboties, un viņš vairs nesaņem grupas ierakstus. Viss, ko viņš pievienoja vai mainīja, paliek ar viņa vārdu.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Noņēma dalībnieku</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Noņem dalībnieku…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Pārdēvēt grupu</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Pārdēvēja grupu</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Pārdēvē grupu…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Atsaukt</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Atsaukt marķierus: {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Atsauca marķieri</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Atsauc…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Nosūtīt kāda atnesta nodošanas faila izmaiņas tieši uz serveri</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Faila izmaiņas nonāk serverī to cilvēku vārdā, kuri tās veikuši; šis dators tās saņems nākamajā sinhronizācijā, tāpat kā visi. Izmaiņas, kas serverim jau ir, divreiz netiek pieņemtas.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Kods ir starpliktuvē.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>Kontakts „{name}” un visas tā lauku vērtības</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>Diskusija par šo kontaktu ar tās ziņām ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Failā nav izmaiņu; nekas netika nosūtīts.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>Pieci vārdi, kas doti kopā ar failu, bet atsevišķi no tā.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>Grupas nosaukums tagad ir „{name}”.</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>Uzaicinājums dod vienai personai vietu grupā. Persona savā datorā ielīmē kodu RuralDesk (Sinhronizācija → Iestatīt sinhronizāciju…); tas darbojas vienreiz.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>Persona ir minēta arī citu ierakstu tekstā ({count}). Šis teksts netiek mainīts: pārskatiet to pēc neatgriezeniskās dzēšanas (eksportā norādīts, kur).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Personas pašas ziņas grupas diskusijās ({count}); diskusijas paliek un rāda „ziņa noņemta”</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Šim dalībniekam nav lietošanā esoša marķiera.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Šī darbvieta nav pieslēgta grupas serverim. Izmantojiet Sinhronizācija → Iestatīt sinhronizāciju… ar uzaicinājuma kodu, ko jums iedeva koordinators.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Marķieri</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Atsaukti marķieri ({name}): {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Ierakstiet vārdu, e-pastu vai tālruņa numuru</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Derīgs līdz</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Kas notiks</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Kad persona jautā, kas grupā par viņu glabājas, vai lūdz sevi aizmirst (VDAR 15. un 17. pants), atrodiet viņu šeit.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Notiek darbs</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>pievieno un rediģē grupas ierakstus</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>kā to redzēs grupa</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>pārvalda grupu: dalībnieki, uzaicinājumi, neatgriezeniska dzēšana</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nekad</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>neobligāti</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>lasa grupas ierakstus, neko nemaina</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>failu nevar nolasīt ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>serveris nepieņēma šī datora marķieri; lūdziet koordinatoram jaunu uzaicinājumu</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>nenosaukts dators</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} dienas</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} nedēļas</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, kopš {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (jūs)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} vairs nav dalībnieks; viņa ieraksti paliek.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} tagad ir: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>„{name}” šeit neatgriezeniski dzēsts; dzēšana tiek nosūtīta uz serveri ar šo sinhronizāciju un sasniedz katru lokālo kopiju tās nākamajā sinhronizācijā.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Piemērotas: {applied}. Jau ir šeit: {duplicates}. Jānodod serverim: {held}. Noraidītas: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Izmaiņas ierakstītas: {count}, vietā {path}.

Paroles frāze (parādīta tikai tagad): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Pirms izmaiņu nodošanas vienreiz savienojiet šo datoru ar grupas serveri.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Eksportēt izmaiņas citam datoram…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Izmaiņu eksportēšana</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Nodošanas faili (*.rdrelay);;Visi faili (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Importēt izmaiņas no faila…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Izmaiņu importēšana</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Nekas netika mainīts: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Paroles frāze</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Apturēts. Nekas netika mainīts.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Fails ir nepilnīgs: tas netika nokopēts pilnībā.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Fails pēc izveides ir mainīts vai bojāts.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Fails tiks aizslēgts ar šiem vārdiem (varat tos mainīt). Dodiet tos personai, kas to importēs, atsevišķi no faila.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>Paroles frāze neatver šo failu: pārbaudiet vārdus un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Šajā failā ir citas grupas izmaiņas.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>Šis nav RuralDesk nodošanas fails.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Ierakstiet vārdus, ar kuriem fails tika aizslēgts.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>Par RuralDesk</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Galvenokārt bezsaistē strādājošs prakšu, kontaktu un rīku organizators lauku sociālās ekonomikas dalībniekiem: ciemu biedrībām, kooperatīviem, sociālajiem uzņēmumiem, trešajām vietām un iestādēm, kas ar tiem sadarbojas.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence:</translation>
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
        <translation>RuralDesk lietotāja rokasgrāmata</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>Lietotāja rokasgrāmata nav instalēta kopā ar šo RuralDesk kopiju. Tā ir pieejama tiešsaistē: {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Lietotāja rokasgrāmata</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Darbvieta:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Komentāri par {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>DejaVu Sans nav instalēts: PDF izmanto Helvetica, kas nevar drukāt burtus ārpus Rietumeiropas (poļu, grieķu…); instalējiet fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskusija</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Google Contacts eksports</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Google Contacts eksports (Outlook CSV)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Paslēpa koordinators: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Outlook eksports</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Tālrunis ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Ziņa noņemta</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Ziņas: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Reģions: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Sāka {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Thunderbird adrešu grāmatas eksports</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Autors to atsauca.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>GIF attēls</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>JPEG attēls</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>PDF dokuments, nevis tabula vai adrešu grāmata</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>PNG attēls</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>Windows programma, nevis datu fails</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>ZIP arhīvs (.xlsx vai .ods izklājlapa?); vispirms izklājlapu programmā saglabājiet to CSV formātā</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>fails</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>ar gzip saspiests fails; vispirms atarhivējiet to</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>programma, nevis datu fails</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>pēdiņa (&quot;) šajā rindā netiek aizvērta</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>pēdiņa (&quot;) šajā rindā netiek aizvērta tajā pašā rindā</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>pēdiņās ietvertā šūnā aiz noslēdzošās pēdiņas ir teksts, un rindā nav tik daudz šūnu, cik galvenē</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>otrā adrese netiek importēta (tiek saglabāta tikai viena adrese)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>tabula</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>vCard fails</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>adreses valsts nav atpazīta</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>SQLite datubāze (lai atgūtu visu darbvietu, izmantojiet atjaunošanu)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>jau saglabātas vērtības alternatīva (ALTID {altid})</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>vecs Office dokuments (.xls vai .doc); vispirms izklājlapu programmā saglabājiet to CSV formātā</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>nevar nolasīt {name}: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>kategorija nav šīs darbvietas tēma</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>kolonna {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>rediģēts {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>grupa „{group}” nav šīs darbvietas tēma; netika importēta</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>tajā ir {cells} šūnas, bet galvenē nosauktas {columns} kolonnas; liekās šūnas tiktu zaudētas</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>atbildot: {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>tajā ir fails, kas nav norādīts tā manifestā („{file}”)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>tajā divreiz ir fails „{file}”</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>tajā norādīti {count} pielikumu faili — vairāk nekā {limit}, ko drīkst saturēt rezerves kopija</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>atarhivējot tas aizņemtu {size} — vairāk nekā {limit}, ko drīkst ierakstīt atjaunošana</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>tā manifests pareizi neapraksta lokālās kopijas failu</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>tā manifests pareizi nenorāda skaitus</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>tā manifests pareizi neuzskaita pielikumus</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>tā manifests ir lielāks nekā jebkurai rezerves kopijai</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>tā manifests nav nosauktu vērtību saraksts</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>tā manifestā pielikums {file}… norādīts divreiz</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>tā manifestā nosaukts pielikums „{file}”, kas nav kontrolsumma</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>valoda nav atpazīta</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>līdzinās šī faila kartītei {number} ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>līdzinās šī faila rindai {number} ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>līdzinās jau esošajam „{title}” ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>vārda prefikss netika importēts</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>vārda sufikss netika importēts</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>nav atbilstoša lauka</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>nav rakstāmu prakšu (meklēšana vai filtri nevienu neatrod); {out} netika ierakstīts</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>tiek saglabāta tikai viena adrese</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>tiek saglabāts tikai viens vārds</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>tiek saglabāta tikai viena organizācija</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>tiek saglabāta tikai viena loma</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>tiek saglabāta tikai viena tīmekļa adrese</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>tālruņa apzīmējums netika saglabāts (numurs tiek importēts)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>tālrunim {number} nav valsts koda, un tā nolasīšanai nav iestatīts reģions; saglabāts piezīmēs (iestatiet darbvietas tālruņu reģionu vai --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>tālrunis {number} ierakstīts kā {written} (numuri bez valsts koda tiek nolasīti kā {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>reģions „{region}” nav mums zināms NUTS reģions; saglabāts piezīmēs</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>tas pats e-pasts {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>tas pats vārds</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>tas pats tālrunis {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>līdzīgi vārdi ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>izklājlapa (kolonnas saskaņotas pēc nosaukumiem)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>faila nosaukums „{file}” norāda ārpus rezerves kopijas</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>pēdējā rinda ir nepilnīga (mazāk šūnu nekā galvenē un nav rindas beigu): fails šķiet apgriezts</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>rindu nevar nolasīt ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>darbvieta {path} nav tukša ({count} ieraksti); atjaunojiet tikai tukšā darbvietā (izvēlieties jaunu)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>šī kartīte tika eksportēta no šīs darbvietas, un kontakts joprojām ir šeit (tas pats UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>nezināms kodējums {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} vērtības)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} nevar droši atjaunot: {reason}; nekas netika mainīts</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>failam {name} nav galvenes rindas (pirmajā rindā jābūt kolonnu nosaukumiem)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} satur bojātu lokālo kopiju ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} ir UTF-8, izņemot rindu {line} (baits {byte}), kas ir citā kodējumā: vienā failā sajaukti divi kodējumi; izlabojiet šo rindu vai izvēlieties visa faila kodējumu</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} ir binārs fails, nevis teksts (tas satur NUL baitus)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} ir binārs fails, nevis teksts (tas satur NUL baitus, pirmo reizi rindā {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} ir bojāts ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} ir bojāts: pielikums {file}… neatbilst savai kontrolsummai</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} ir bojāts: tajā esošā lokālā kopija neatbilst savai kontrolsummai</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} ir bojāts: „{file}” ir īsāks, nekā norādīts tā manifestā</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} ir tukšs</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} nav nevienā kodējumā, ko varam precīzi nolasīt (nav UTF-8, UTF-16, Windows vai ISO 8859 kodu lapa, ne Shift-JIS); saglabājiet to vēlreiz kā UTF-8</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} ir nepilnīgs: trūkst {count} failu (pirmais: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} nav RuralDesk rezerves kopija (nav ZIP fails); iespējams, tas ir apgriezts</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} nav RuralDesk rezerves kopija vai ir bojāts ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} nav RuralDesk darbvietas rezerves kopija</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} nav vCard fails (tam jāsākas ar BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} nav derīgs vCard fails: kartīte {number} ir bojāta ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} nav derīgs UTF-16 teksts; iespējams, tas ir apgriezts vai bojāts</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} nav derīgs UTF-32 teksts; iespējams, tas ir apgriezts vai bojāts</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} tomēr nav {encoding} teksts (baits {byte}); saglabājiet to vēlreiz kā UTF-8</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} nav {encoding} teksts: rindā {line} ir baiti, ko nevar nolasīt (baits {byte}); izvēlieties citu kodējumu</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} lielums ir {size} — vairāk nekā atļautie {limit} ({what}); sadaliet to mazākos failos</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} ir {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} vajag {size} brīvas vietas diskā, bet brīvi ir tikai {free}; nekas netika mainīts</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} sākas kā UTF-8, bet rindā {line} ir baiti, kas nav UTF-8 (baits {byte}); iespējams, tas ir bojāts — saglabājiet to vēlreiz kā UTF-8</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} izveidots ar jaunāku RuralDesk versiju (rezerves kopijas formāts {version}); atjauniniet RuralDesk, lai to atjaunotu</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, rinda {line}: pēdiņās ietvertā šūnā aiz noslēdzošās pēdiņas ir teksts ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, rinda {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: pēdiņa (&quot;), kas atvērta pie rindas {line}, netiek aizvērta; fails šķiet apgriezts vai bojāts</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: kartīte {number} netiek aizvērta (trūkst END:VCARD); fails šķiet apgriezts</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: kodējums nav drošs, fails tiek nolasīts atšķirīgi kā {shown}; izvēlieties vienu (piemēram, --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>{path} nevar nolasīt ({reason}); atjaunojiet jaunā darbvietā</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} nepastāv</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} ir mape, nevis {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} nav tukša darbvieta</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} netika importēts: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: {count} rakstzīmes rakstībā, ko fonts nevar attēlot ({scripts}), tika izlaistas no PDF</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>„{file}” norāda lielumu, kāds tā saspiestajiem datiem nevar būt (ZIP bumba?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>„{file}” ir saite vai mape, nevis fails</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>„{file}” ir šifrēts vai saspiests veidā, ko RuralDesk neizmanto</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>„{file}” lielums neatbilst manifestā norādītajam</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>„{file}” atarhivējot kļūst lielāks par norādīto lielumu (ZIP bumba?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>„{number}” nav tālruņa numurs, ko varam nolasīt; saglabāts piezīmēs</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>„{value}” nav valsts (izmantojiet nosaukumu vai ISO 3166 kodu, piemēram, PT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>„{value}” nav datums (izmantojiet GGGG-MM-DD vai DD/MM/GGGG)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>„{value}” nav valoda (izmantojiet nosaukumu vai ISO 639 kodu, piemēram, fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>„{value}” nav valoda (izmantojiet ISO 639 kodu, piemēram, fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>„{value}” nav skaitlis</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}” nav ieraksta ID</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>„{value}” nav šīs darbvietas tēma</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>„{value}” nav vesels skaitlis</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}” nav neviena no šīm vērtībām: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Visi tipi</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Visas valstis</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Visi veidi</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Visas valodas</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Visi reģioni</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Visas tēmas</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Notīrīt</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Notīrīt filtrus</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonnas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filtrēt: {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>Atkritnē: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Saraksta kopsavilkums</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Ieraksti</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Ieraksti: {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reģions</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Rezultāti: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Rezultāti: {shown} no {total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Saglabāt meklēšanu…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Saglabāt šo meklēšanu</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Atlasīti: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tēma</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Rakstiet, lai meklētu praksēs, kontaktos, rīkos un tēmās.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>P&amp;ar RuralDesk</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Pievienot failus…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atpakaļ</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Kolonnas…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Kopēt diagnostikas informāciju</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dzēst</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediģēt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Me&amp;klēt…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Saistīt ar…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Jauns</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>&amp;Ielīmēt kā pielikumu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beigt</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Ieraksts</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>A&amp;tkārtot</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ie&amp;statījumi…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>Si&amp;nhronizācija</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Lietotāja rokasgrāmata</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Pievienot ierakstu redzamajam sarakstam</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Pievienots „{title}”</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Pievienot failus</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Pievienoti: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Pielikums vēl nav šeit</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Atgūt atlasītos ierakstus no atkritnes</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Izmaiņas, kas gaida kopīgošanu</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Izmaiņas, kas gaida kopīgošanu: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Izvēlieties praksi vai rīku, kam pievienot failus.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Kopēt failus darbvietā un pievienot tos</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Nevarēja pievienot</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Nevarēja saglabāt</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Dzēst saglabāto meklēšanu</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Diagnostikas informācija nokopēta. Ielīmējiet to savā ziņojumā personai, kas jums palīdz; tajā nav vārdu vai satura.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Rediģēt redzamo ierakstu</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>&amp;Iztukšot atkritni…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Iztukšot atkritni</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Atkritne tiek iztukšota</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Neatgriezeniski dzēst no šī datora visu, kas ir atkritnē? To nevar atsaukt.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Neatgriezeniski dzēsti no šī datora: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Atbalsta pieprasījumam: versijas un lielumi, nekad vārdi vai saturs</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Pāriet uz &amp;sarakstu</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Saistīt šo ierakstu ar kontaktiem, rīkiem vai praksēm</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Saistīt „{title}” ar…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Galvenā rīkjosla</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Pārvietot atlasītos ierakstus uz atkritni</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Pārvietoti uz atkritni: {count}. Atsaukt ar Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Navigācija</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Nav izmaiņu, kas gaida kopīgošanu</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Vēl nav saglabātu meklēšanu. Rakstiet meklēšanas lodziņā un pēc tam zem filtriem izvēlieties „Saglabāt meklēšanu”.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>A&amp;tjaunot</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Atkārtot</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Atjaunoti: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Saglabāt meklēšanu</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Meklēšana „{name}” saglabāta</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Saglabāts „{title}”</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Meklēt visur</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Meklēt visur (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Atlasīt &amp;visu</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Rādīt ž&amp;urnāla mapi</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Rādīt: {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sinhronizācijas stāvoklis</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Šī ieraksta vairs nav.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>Starpliktuvē nav faila vai attēla, ko pievienot.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Šis fails vēl nav šajā datorā. Tas pienāks ar nākamo sinhronizāciju.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Atkritne</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Atsaukt</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Izveidots</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Diskusijas</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Atrasts</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Pēdējās izmaiņas</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Saglabātās meklēšanas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Jāpārskata</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Atkritne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Jaunumi</translation>
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
            <numerusform>%n mainīts kontakts</numerusform>
            <numerusform>%n mainīti kontakti</numerusform>
            <numerusform>%n mainītu kontaktu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n mainīta prakse</numerusform>
            <numerusform>%n mainītas prakses</numerusform>
            <numerusform>%n mainītu prakšu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n mainīts rīks</numerusform>
            <numerusform>%n mainīti rīki</numerusform>
            <numerusform>%n mainītu rīku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n kontakts</numerusform>
            <numerusform>%n kontakti</numerusform>
            <numerusform>%n kontaktu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n mainīta ziņa</numerusform>
            <numerusform>%n mainītas ziņas</numerusform>
            <numerusform>%n mainītu ziņu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n jauns kontakts</numerusform>
            <numerusform>%n jauni kontakti</numerusform>
            <numerusform>%n jaunu kontaktu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n jauna ziņa</numerusform>
            <numerusform>%n jaunas ziņas</numerusform>
            <numerusform>%n jaunu ziņu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n jauna prakse</numerusform>
            <numerusform>%n jaunas prakses</numerusform>
            <numerusform>%n jaunu prakšu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n jauns rīks</numerusform>
            <numerusform>%n jauni rīki</numerusform>
            <numerusform>%n jaunu rīku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n ziņa</numerusform>
            <numerusform>%n ziņas</numerusform>
            <numerusform>%n ziņu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n prakse</numerusform>
            <numerusform>%n prakses</numerusform>
            <numerusform>%n prakšu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n ierakstu citi kopīgoja kopš jūsu pēdējās pārskatīšanas.</numerusform>
            <numerusform>%n ierakstus citi kopīgoja kopš jūsu pēdējās pārskatīšanas.</numerusform>
            <numerusform>%n ierakstu citi kopīgoja kopš jūsu pēdējās pārskatīšanas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n rīks</numerusform>
            <numerusform>%n rīki</numerusform>
            <numerusform>%n rīku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n nelasīts</numerusform>
            <numerusform>%n nelasīti</numerusform>
            <numerusform>%n nelasītu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Pievienot failus: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Nevarēja atsaukt vai atkārtot: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Izveidot „{title}”</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Dzēst ierakstus: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Dzēst „{title}”</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Rediģēt „{title}”</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Saistīt „{title}”</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Nav atsaukts: kāds cits pa to laiku mainīja „{title}” laukus {fields} (izmaiņas pienāca ar pēdējo sinhronizāciju). Viņa vērtība paliek; rediģējiet to manuāli, ja jāpaliek jūsējai.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Nav atsaukts: kāds cits pa to laiku pārvietoja „{title}” uz atkritni vai no tās (izmaiņas pienāca ar pēdējo sinhronizāciju). Tas paliek, kā ir.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Noņemt pielikumu {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Atjaunot ierakstus: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Atjaunot „{title}”</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Atsaistīt no „{title}”</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>Tuvumā esoši datori, kas &amp;piedāvā sinhronizāciju:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>Piedāvāt sinhronizāciju &amp;tuvējam datoram…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Šī datora adrese</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>Pieslēgties un &amp;sinhronizēt</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Izvēlieties datoru sarakstā vai ierakstiet tā adresi, kā tā redzama uz tā (piemēram, 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Izvēlieties datoru, kas piedāvā sinhronizāciju (tajā: Sinhronizācija → Piedāvāt sinhronizāciju tuvējam datoram…), un ierakstiet kodu, ko tas rāda.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Pieslēdzas…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Ja šis dators tur nav redzams, pieslēdzieties pēc adreses: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Ļaut jūsu grupas datoram tajā pašā tīklā sinhronizēties ar šo datoru bez servera vai interneta</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Meklē jūsu grupas datorus šajā tīklā…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Piedāvāt sinhronizāciju tuvējam datoram</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>Otrā datorā (tas pats Wi-Fi vai tālruņa tīklājs, tā pati grupa) izvēlieties Sinhronizācija → Sinhronizēt ar tuvēju datoru…, atlasiet šo datoru un ierakstiet šo kodu:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Vai pieslēgties pēc &amp;adreses:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>Savienošanas &amp;kods:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Savienošanas kods</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Norise</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Ap&amp;turēt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Apturēts. Nekas netika piemērots pa pusei.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Sinhronizēt ar tuvēju &amp;datoru…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Sinhronizēt ar jūsu grupas datoru, kas to piedāvā tajā pašā tīklā</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Sinhronizēt ar tuvēju datoru</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Sinhronizēts ar „{name}”: saņemtas {received} izmaiņas, nosūtītas {sent}.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>Tas nav kods, kas redzams otrā datorā; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>Tas nav kods, kas redzams otrā datorā; nekas netika mainīts. Atlikušie mēģinājumi: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>Kodā ir seši cipari, kā redzams otrā datorā.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>Savienojums ar otru datoru pārtrūka ({reason}). Nekas netika piemērots pa pusei; mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>Savienojums pārtrūka pirms beigām; nekas netika piemērots pa pusei. Joprojām gaida jūsu grupas datoru…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>Otrs dators atbildēja veidā, ko šī versija nesaprot ({reason}). Nekas netika mainīts.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>Otrs dators pieder citai grupai; sinhronizēties var tikai vienas grupas datori. Nekas netika mainīts.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>Otrs dators pārtrauca savu piedāvājumu pēc pārāk daudziem nepareiziem kodiem. Lūdziet tur jaunu piedāvājumu; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>Šis tīkls neļauj datoriem atrast vienam otru: otrā datorā pieslēdzieties pēc adreses: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>Šis tīkls neļauj datoriem atrast vienam otru: ierakstiet adresi, kas redzama otrā datorā.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Šī darbvieta vēl nepieder grupai. Vienreiz iestatiet sinhronizāciju ar grupas serveri (Sinhronizācija → Iestatīt sinhronizāciju…); pēc tam tā varēs sinhronizēties arī ar tuvējiem datoriem.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Gaida jūsu grupas datoru…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>{count} tiek paturētas līdz nākamajai sinhronizācijai ar serveri, kas zina datoru, kurš tās parakstīja.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>{count} tika noraidītas (to paraksts neatbilda).</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>„{name}” pieder citai grupai; tas nevar sinhronizēties ar šo datoru. Joprojām gaida…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>„{name}” pieslēdzās; pārbauda kodu…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>„{name}” ievadīja nepareizu kodu; nekas netika mainīts. Atlikušie mēģinājumi: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>„{name}” ievadīja pareizo kodu; sinhronizē…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopēt</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ie&amp;līmēt</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>A&amp;tkārtot</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Izgriezt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Atlasīt visu</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nē</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Jā</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Pārtraukt</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Lietot</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Atmest</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Palīdzība</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorēt</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ē visiem</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Labi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atiestatīt</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Atjaunot noklusējumus</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Mēģināt vēlreiz</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Saglabāt visu</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Jā &amp;visiem</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopēt</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ie&amp;līmēt</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>A&amp;tkārtot</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopēt &amp;saites adresi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Izgriezt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Atlasīt visu</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Atzīmēt visu kā pārskatītu</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(bez nosaukuma)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Pievienot &amp;piezīmi…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Vispirms izvēlieties ierakstu sarakstā.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Pēdējās izmaiņas</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Nav ko pārskatīt: viss, ko citi kopīgoja, ir pārskatīts.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Pārskatītāja piezīme</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Pārskatītāja piezīme: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Kopīgoja</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Kopīgotie ieraksti, kas jāpārskata</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Jāpārskata</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Rakstīt pārskatītāja piezīmi izvēlētajam ierakstam</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Jūsu piezīme par „{title}” ceļo kopā ar ierakstu pie visiem grupas dalībniekiem. To var rakstīt tikai koordinatori.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, pēdējās izmaiņas {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Nevarēja ielādēt demonstrācijas datus: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Demonstrācijas dati ielādēti.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Ielādē demonstrācijas datus</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Demonstrācijas datu ielāde apturēta; jau ielādētais paliek.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>Jaunā datu mape tiks izmantota no nākamās palaišanas.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Cits RuralDesk logs jau strādā ar šo darbvietu ({path}). Pārslēdzieties uz šo logu vai aizveriet to un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Izvēlieties mapi savai darbvietai</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Izvēlēties citu mapi…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Turpināt</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Vietā, kur glabājas jūsu darbvieta ({path}), brīvi ir tikai {free} MB. RuralDesk, iespējams, nevarēs saglabāt jūsu izmaiņas. Atbrīvojiet vietu (iztukšojiet datora atkritni, noņemiet lielus failus) un pēc tam turpiniet.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beigt</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk jau ir atvērts</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk glabā jūsu darbvietu mapē {folder}, bet nevar tajā rakstīt ({reason}). Izvēlieties citu mapi, kurā varat rakstīt, piemēram, savos dokumentos.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Rādīt rezerves kopijas</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Datu mapi nevar izmantot</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>Disks ir gandrīz pilns</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>Mape {folder} ir tikai lasāma. Izvēlieties citu mapi, kurā varat rakstīt.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Darbvietu nevar atvērt</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Mēģināt vēlreiz</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disks ir pilns</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk glabā jūsu darbvietas automātiskās rezerves kopijas mapē {backups}. Varat atjaunot kādu no tām, nokopējot to bojātā faila vietā.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikti…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>&amp;Atvienoties no servera…</translation>
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
        <translation>&amp;Uzaicinājuma kods:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Sinhronizēt tagad</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Marķieris:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Jūsu vārds:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Pielikums vēl nav šeit</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Pielikums nav serverī</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Gaidošās izmaiņas: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Pārbaudīt un saglabāt</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Pārbauda…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Konflikti: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Pieslēgts. Jūsu marķieris tiek glabāts {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Savienojuma pārbaude</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Nevarēja lejupielādēt</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Nevarēja saglabāt marķieri: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Atvienoties no servera</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Lejupielādē pielikumu</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Ievadiet servera adresi (sākas ar https://) un grupu.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Ievadiet marķieri, ko jums iedeva koordinators.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Viss ir saglabāts šajā datorā. Lai to kopīgotu ar grupu, izmantojiet Sinhronizācija → Iestatīt sinhronizāciju….</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Grupa „{group}” adresē {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Uzaicinājuma kods</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Pievienojas grupai…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Liela izmaiņa no servera</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Nav saglabāts: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Vēl nav sinhronizēts</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Atvērtie konflikti</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Vai arī ar personīgu marķieri:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Ielīmējiet uzaicinājuma kodu, ko jums nosūtīja koordinators: tajā ir servera adrese un grupa. Ja jums tā vietā ir personīgs marķieris, atstājiet lauku tukšu un aizpildiet tālāk esošos laukus. Marķieris tiek glabāts sistēmas paroļu krātuvē, ja tāda ir, citādi failā, ko varat lasīt tikai jūs.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Atrisināt…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>&amp;Pārtraukt sinhronizāciju</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Nosūtīt jūsu izmaiņas uz grupas serveri un saņemt pārējo izmaiņas</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Servera &amp;adrese:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>&amp;Iestatīt sinhronizāciju…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Iestatīt sinhronizāciju</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Pārtraukt šīs darbvietas sinhronizāciju ar grupas serveri? Jūsu ieraksti paliek šajā datorā; vēl nenosūtītās izmaiņas turpina gaidīt. Sinhronizāciju vēlāk var iestatīt vēlreiz.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Sinhronizē… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>Grupas serverī šī faila vēl nav: persona, kas to pievienoja, kopš tā laika nav sinhronizējusi.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>Grupas serveris noraidīja šī ieraksta izmaiņas ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Grupas servera izmaiņas pārvietotu uz atkritni {deletes} ierakstus, neatgriezeniski dzēstu {erasures} un mainītu {overwrites} — kopā {total} no jūsu {records} ierakstiem ({share}).

Tas var būt pareizi (kāds sakārtoja kopīgos ierakstus) vai kļūda. Piemērot šīs izmaiņas tagad?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Grupas dalībnieki; koordinatoriem — uzaicinājumi, lomas un personu datu pieprasījumi</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Šis fails nav šajā datorā, un šī darbvieta nav pieslēgta grupas serverim.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Šim ierakstam ir konflikts ({fields}): divi cilvēki to mainīja vienlaikus.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Šajā darbvietā ir demonstrācijas dati. Demonstrācijas dati ir izdomāti un nekad neatstāj šo datoru, tāpēc tos nevar kopīgot ar jūsu grupu.

Izmantot jaunu, tukšu darbvietu jūsu grupas ierakstiem? Demonstrācijas darbvieta paliek, kā ir.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Atjaunināts · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Darbs bezsaistē: nav pieslēgts grupas serveris</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Tagad esat jaunajā, tukšajā darbvietā „{name}”. Demonstrācijas darbvieta paliek, kā ir.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>failā, ko varat lasīt tikai jūs ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>pārbauda serveri</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>nevarēja sasniegt serveri</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>nevarēja sasniegt serveri: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>ievadiet jaunu marķieri sadaļā Sinhronizācija → Iestatīt sinhronizāciju…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>saglabāts no iepriekš; rakstiet, lai aizstātu</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>pēdējā sinhronizācija {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>neobligāti: jūsu vārds, kā to zina grupa</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>nospiediet F5, lai mēģinātu vēlreiz</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>saņem pielikumus</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>saņem izmaiņas</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>saglabā saņemto</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>sūta pielikumus</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>sūta izmaiņas</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>iestatiet sinhronizāciju jaunā, tukšā darbvietā</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>kaut kas nogāja greizi</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>kaut kas nogāja greizi ({reason}); sīkāka informācija ir žurnālā</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>aptur</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>serveris nepieņēma šo marķieri šai grupai; pārbaudiet to vai lūdziet koordinatoram jaunu</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>serveris nepieņēma jūsu marķieri</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>serveris nepieņēma jūsu marķieri; lūdziet koordinatoram jaunu un ievadiet to sadaļā Sinhronizācija → Iestatīt sinhronizāciju…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>serveris noraidīja pieprasījumu</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>serveris noraidīja pieprasījumu: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>sistēmas paroļu krātuvē</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>šajā darbvietā ir demonstrācijas dati, kas nekad neatstāj šo datoru; iestatiet sinhronizāciju jaunā, tukšā darbvietā</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>šajā darbvietā ir demonstrācijas dati, kas nekad netiek sinhronizēti</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>nākamais mēģinājums {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>jūs izvēlējāties nepiemērot servera lielo izmaiņu</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>jūs to apturējāt</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} no {total}</translation>
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
        <translation>Agroekoloģija</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Kopīga izstrāde ar iestādēm</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Kopienas transports</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Digitālo platformu kooperatīvi</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Izglītība un pakalpojumi</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Enerģētika</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Energokopienas</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Uzņēmējdarbības attīstība un nodarbinātība</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Veselības aprūpe</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Vietējā uzņēmējdarbība</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilitāte</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Politiskais un tiesiskais regulējums</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Īsās pārtikas piegādes ķēdes</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Sociālā iekļaušana</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Solidaritātes tīkli</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Ilgtspējīga lauksaimniecība un pārtika</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Darba integrācija</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>Darbvietas &amp;rezerves kopija failā…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Apvienojamie kontakti (atzīmētie):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Valsts:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodējums:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Neatgriezeniski dzēst</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportēt…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formāts:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupas:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Importēt</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Importēt…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Paturēt:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Apvienot</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Atvērt kontaktu</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Atvērt ierakstu</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>&amp;Prakses apraksts…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Lasīt šādi</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Ieraksti:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>&amp;Atjaunot no rezerves kopijas faila…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Atdalītājs:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>Izmantot &amp;šo valsti</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(noteikts)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(nav nolasāms)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(nav ko salīdzināt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, kolonnas: {count}</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>.vcf fails, ko var nolasīt adrešu grāmatas un tālruņi.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Rezerves kopiju var atjaunot tikai tukšā darbvietā, bet šajā jau ir prakses ({practices}), kontakti ({contacts}) un rīki ({tools}). Nekas netika mainīts.

Lai atjaunotu, sadaļā Fails → Iestatījumi izvēlieties jaunu, tukšu datu mapi, restartējiet RuralDesk un atjaunojiet tur.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Drukājams apraksts (PDF vai Markdown) par redzamo praksi vai vairākām</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Apraksts drukāšanai vai kopīgošanai: galvenie fakti, kas tika darīts, kas tika apgūts un pie kā vērsties. Virsraksti ir katras prakses valodā.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>Notiek sinhronizācija. Pagaidiet, līdz tā beidzas, un pēc tam atjaunojiet vēlreiz.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Pielikumi, kas nav šajā datorā (glabājas grupas serverī), rezerves kopijā netiek iekļauti: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Izveidot darbvietas rezerves kopiju</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Rezerves kopija izveidota: {records} ieraksti un {files} pielikumu faili mapē {path}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Rezerves kopija: {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Rezerves kopija izveidota</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Rezerves kopija atjaunota</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Rezerves kopijas (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Rezerves kopijas (*.zip);;Visi faili (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Atjaunot rezerves kopiju tukšā darbvietā</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Ievest kontaktus, prakses vai rīkus no CSV/TSV tabulas vai vCard faila</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tabulas (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartīte</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Nolasītas kartītes: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Kartītes ar problēmu: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Pārbauda: {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Izvēlēties kodējumu</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Izvēlieties lauku katrai kolonnai vai izlaidiet to.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonna</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonna failā</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonnas</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Neimportētās kolonnas: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Faila kolonnas</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komats ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Paturamais kontakts</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Kontakti, kas šķiet viena un tā pati persona vai organizācija, apvienošanai</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Apvienojamie kontakti</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Tālruņu numuru valsts</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Neatgriezeniski dzēst kontaktu visur un uzskaitīt pārbaudāmos pieminējumus</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Veiciet dubultklikšķi, lai atvērtu jau esošo kontaktu</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Dublēti kontakti</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Neatgriezeniski dzēst šo personu…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>&amp;Eksportēt visu par šo personu…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Neatgriezeniski dzēst</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Neatgriezeniski dzēst šo personu</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Neatgriezeniski dzēst „{name}” un visu, kas par šo personu glabājas?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>Neatgriezeniski dzēš: {name}</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Visi saraksta kontakti ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Visas saraksta prakses ({count}) vienā dokumentā</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Pirms importēšanas visām rindām jābūt pareizām. Izlabojiet šīs rindas failā un importējiet to vēlreiz vai importējiet tikai derīgās rindas.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Viss par „{name}” saglabāts: {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Viss šajā darbvietā, ieskaitot pielikumus, vienā failā</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Piemērs</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Excel operētājsistēmā Windows pareizi rāda burtus ar diakritiskajām zīmēm tikai ar šo atzīmi</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Eksportēt kontaktus &amp;vCard formātā…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Eksportēt kontaktus vCard formātā</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Eksportēt visu par šo personu</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Eksportēt sarakstu &amp;CSV formātā…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Eksportēt sarakstu CSV formātā</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Eksportēt:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Eksportēti {count} kontakti: {path}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Eksportēti {count} ieraksti: {path}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Eksportē: {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Importējamais fails</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Atrast &amp;dublētos kontaktus…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Atrasts</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Iespējamo dublikātu grupas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importēt</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Importēt &amp;kā:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Importēt tabulu</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Importēšanas informācija</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Importēšanas konstatējumi</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importēt uz</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importēšanas pārskats</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Importēšanas rezultāts</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Importēt kolonnu „{name}” laukā</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Importēt rindas bez problēmām un izlaist pārējās</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Importēt tikai derīgās rindas</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Importēt tikai derīgās rindas ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importēti: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Importēti: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Importē: {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Neizdevās: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Tā saites tiek noņemtas no saistītajiem ierakstiem ({count}).</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Tā iepriekšējās vērtības tiek izdzēstas no izmaiņu vēstures.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON faili (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Meklē dublētus kontaktus</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Līdzinās</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdown teksts</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>Personas vārda, e-pasta adrešu vai tālruņu pieminējumi citu ierakstu tekstā netiek mainīti: pēc tam saņemsiet to sarakstu pārbaudei.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Pārbaudāmie pieminējumi</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Apvienot kontaktus</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Apvienot atzīmētos kontaktus paturamajā</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>{count} kontakti apvienoti vienā; no jauna saistīti ieraksti: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Vārdi, kā tos nolasa {encoding}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Rezerves kopija netika izveidota: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Neviena kolonna vēl nav piesaistīta laukam: izvēlieties vismaz vienu.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Nav iespējamu dublikātu</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Iespējami dublikāti netika atrasti.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Neviens cits ieraksts nav ar to saistīts.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Šai darbvietai nav iestatīts tālruņu reģions.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Nav importēti ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Nav importēts: faila {name} tālruņu numuriem netika izvēlēta valsts. Nekas netika mainīts.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Nav importēts: failam {name} netika izvēlēts kodējums. Nekas netika mainīts.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Nav iestatīts (tiek jautāts, kad vajag)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Nekas netika neatgriezeniski dzēsts: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Nekas netika eksportēts: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nekas netika importēts.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Nekas netika importēts: failā nav ierakstu.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Nekas netika importēts: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Nekas netika atjaunots: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Tika importētas tikai derīgās rindas; tālāk norādītās rindas tika izlaistas.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Atvērt iezīmēto kontaktu</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Atvērt iezīmēto ierakstu</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF dokuments</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Tālruņu numuri bez valsts koda</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Tālruņu numuri bez valsts koda tiek nolasīti kā: {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Tālruņu reģions</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Iespējamie dublikāti</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Iespējamie dublikāti ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Iespējams, jau ir šeit: {count} (skatiet „Iespējamie dublikāti”)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Prakses apraksts</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Ierakstīti prakšu apraksti: {count}, mapē {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Priekšskatījums</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Importēšanas priekšskatījums</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Priekšskatījuma kopsavilkums</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problēma</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problēmas</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problēmas ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Rekvizīts</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Lasīt kā {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Nolasīts kā: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Fails tiek nolasīts vēlreiz…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Nolasa: {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gatavs</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Atpazīts eksports</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Atpazīts: &lt;b&gt;{preset}&lt;/b&gt;. Tā kolonnas ir saskaņotas tālāk; pārbaudiet tās pirms importēšanas.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ieraksts</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Atjaunot no rezerves kopijas faila</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Atjaunot {count} ierakstus no {name} (izveidota {date}) šajā tukšajā darbvietā?</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Atjaunoti {records} ieraksti un {files} pielikumu faili no {name}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Atjauno: {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rinda</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Priekšskatītas rindas: {count}; visas gatavas importēšanai.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Priekšskatītas rindas: {count}; ar problēmu: {bad}. Izlabojiet tās failā vai mainiet kolonnas augstāk.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Nolasītas rindas: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Rindas ar problēmu: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Saglabāt redzamo sarakstu ar tā kolonnām un filtriem kā tabulu</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Saglabāt atlasītos kontaktus vai visu sarakstu adrešu grāmatai vai tālrunim</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikols ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Vispirms parādiet kontaktu.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Parādiet praksi vai prakšu sarakstu, lai no tām izveidotu aprakstus.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Parādiet kontaktus (vai meklējiet tos) un atlasiet eksportējamos.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Apturēts: {what}. Nekas netika mainīts.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulators</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Tabulas un adrešu grāmatas (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Visi faili (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksts</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>Izvēli vēl var mainīt nākamajā solī sadaļā „Kodējums”.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Kontakts tiek neatgriezeniski dzēsts no šī datora: tas nenonāk atkritnē, un to nevar atsaukt.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>Kontakts, tā vēsture un katrs ieraksts, kas ar to saistīts vai to piemin, JSON formātā</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Kontakti netika eksportēti: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Kontakti netika apvienoti: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Valsts tālruņu numuriem, kas rakstīti bez valsts koda, šajā darbvietā</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Failu nevar priekšskatīt: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Failu nevar nolasīt šādi: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>Pirmās rindas tā, kā tās tiks saglabātas. Rindas ar problēmu ir atzīmētas; importēšana tiek pārtraukta, ja kādā faila rindā ir problēma.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>Faila {name} burtus var nolasīt vairākos veidos, un mēs nevaram noteikt, kurš ir pareizs. Izvēlieties kolonnu, kurā vārdi ir uzrakstīti pareizi.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>Saraksts netika eksportēts: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>Tālruņu reģions netika saglabāts: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>Redzamā prakse: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>Meklēšanā atrastie ieraksti ar kolonnām, ko saraksts rāda to tipam.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>Dublikātu meklēšana tika pārtraukta: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>Meklēšanā netika atrasts nekas eksportējams.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Atlasītie kontakti ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>Atlasītās prakses ({count}) vienā dokumentā</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>Apraksts netika ierakstīts: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>Atkritni nevar eksportēt. Izvēlieties prakses, kontaktus, rīkus vai tēmas.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Šie kontakti šķiet viena un tā pati persona vai organizācija. Apvienošana patur vienu kontaktu, aizpilda tā tukšos laukus no pārējiem, pārceļ uz to visas saites un pielikumus un pārvieto pārējos uz atkritni (atjaunojami).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Šo failu nevar importēt: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Šo failu nevar atjaunot: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Tas tiek jautāts vienreiz un saglabāts darbvietai; to var mainīt sadaļā Fails → Iestatījumi. Numuri ar valsts kodu un rindas, kurās norādīta valsts, tiek nolasīti, kā ir.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Šai rindai ir problēma</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Šī darbvieta netiek kopīgota ar grupas serveri; kopijas citur (rezerves kopijas, eksporti) netiek skartas.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Šī darbvieta ir kopīgota: neatgriezeniskā dzēšana tiek nosūtīta uz grupas serveri nākamajā sinhronizācijā, un tiek dzēsta arī katra dalībnieka kopijā.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 ar &amp;BOM, programmai Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 ar BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 ar BOM, programmai Excel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Vertikāla svītra ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Pagaidiet, līdz notiekošais darbs (importēšana, eksportēšana) beidzas, un pēc tam atjaunojiet vēlreiz.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Brīdinājumi ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Ko dara neatgriezeniska dzēšana</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Kāpēc tie līdzinās</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Iemesls: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Raksta: {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>kolonna {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>izveidots {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fakss</translation>
    </message>
    <message>
        <source>home</source>
        <translation>mājas</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobilais</translation>
    </message>
    <message>
        <source>other</source>
        <translation>cits</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>prakses-apraksti</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>šis fails</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (vecāki tālruņi)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard faili (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>darba</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} satur tālruņu numurus bez valsts koda (piemēram, „{example}”) rindās, kurās nav norādīta valsts. Kurā valstī tie ir?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: visi saraksta rādītie ieraksti ({count}) ar tā filtriem, kārtojumu un redzamajām kolonnām.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: atrasti {count}</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— izlaist —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>„{name}” neatgriezeniski dzēsts.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>„{name}” neatgriezeniski dzēsts. Neviens cits ieraksts šo personu savā tekstā nepiemin.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>„{name}” neatgriezeniski dzēsts. Šie ieraksti joprojām piemin šo personu savā tekstā. Atveriet katru un noņemiet vai pārfrāzējiet pieminējumu, ja tie ir personas dati.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Norādiet finansējuma apmēra valūtu</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>Reģions {value} neatrodas valstī {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Beigu datums ir pirms sākuma datuma</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Nezināms lauks „{value}”</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label}: vērtība nevar būt negatīva</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label}: obligāts lauks</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label}: vērtība ir pārāk gara ({length} rakstzīmes, ne vairāk kā {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label}: vērtībai jābūt sarakstam</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label}: vērtībai jābūt teksta sarakstam</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label}: vērtībai jābūt skaitlim, nevis „{value}”</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label}: vērtībai jābūt veselam skaitlim</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label}: vērtībai jābūt tekstam</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: katram ierakstam vajadzīga vērtība</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>„{value}” nav NUTS reģiona kods</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>„{value}” nav datums (izmantojiet GGGG-MM-DD)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>„{value}” nav tālruņa numurs (izmantojiet +valsts kodu, piemēram, +371 6712 3456)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>„{value}” nav iespējams tālruņa numurs</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}” nav ieraksta ID</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>„{value}” nav derīga e-pasta adrese</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>„{value}” nav tīmekļa adrese (tai jāsākas ar https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>„{value}” nav ISO 3166 valsts kods</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>„{value}” nav ISO 4217 valūtas kods</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>„{value}” nav ISO 639 valodas kods</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}” nav neviena no šīm vērtībām: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Jaunumi</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(bez nosaukuma)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Mainīts kontakts: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Mainīta prakse: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Mainīts rīks: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Šeit viss ir izlasīts.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Pirmā sinhronizācija: {items} no jūsu grupas</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Atzīmēt visu kā &amp;izlasītu</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Atzīmēt visus jaunumus kā izlasītus</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Jauns kontakts: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Jauna prakse: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Jauns rīks: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>No jūsu grupas vēl nav jaunumu. Kad citi pievieno vai maina prakses, kontaktus vai rīkus, tie pēc sinhronizācijas parādās šeit.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Tikai &amp;nelasītie</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Šī ieraksta vairs nav.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Nelasīts: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Kas pienācis no jūsu grupas</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Ko jūsu grupa pievienoja vai mainīja kopš jūsu pēdējās apskates</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Jaunumi</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Vakar</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>kāds</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} no jūsu grupas</translation>
    </message>
</context>
</TS>
