<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Intet program kan åbne denne fil</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Gem en kopi</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Gem en kopi…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Denne computer har intet program, der åbner »{name}«. Du kan gemme en kopi og åbne den senere med et program efter eget valg.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Rådgivningstjeneste</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Myndighed</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Dårlig</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Lokalt andelsselskab</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Lokal fond</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Finansieringstjeneste</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>God</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Retningslinje</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Retlig forpligtelse</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Legitime interesser</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Lokal myndighed</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Blandet</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Politisk anbefaling</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Offentlig opgave</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Regional myndighed</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Delt</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Socialøkonomisk virksomhed</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Støttetjeneste</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Tredje sted</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Værktøjskasse</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Landsbyforening</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Vitale interesser</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbejde</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Virksomhed for arbejdsmarkedsintegration</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Vedhæftet fil</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Vedhæftede filer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Diskussioner</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Tilknyttede kontakter</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Tilknyttede praksisser</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Tilknyttede værktøjer</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Ny praksis</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nyt tema</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Nyt værktøj</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Indlæg</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Indlæg</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praksis</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praksisser</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Værktøj</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Værktøjer</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Afvis</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>&amp;Lad den forblive slettet</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Flettet værdi (rediger, og gem derefter):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Åbn posten</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>&amp;Gendan posten</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>&amp;Gem flettet værdi</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Behold &amp;min</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Behold &amp;deres</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Flettet værdi</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Ingen konflikter: alt, hvad din gruppe ændrede, passede sammen.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Ikke gemt: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Åbne konflikter</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Afvist: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Afgjort: »{title}« — {field}. Dit valg deles med gruppen ved næste synkronisering.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Deres værdi</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>Deres — af {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Når to personer ændrede det samme før synkronisering, beholdt gruppens server én værdi og lagde den anden til side. Vælg, hvad posten skal sige; dit valg deles med alle ved næste synkronisering.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Hvorfor serveren afviste den</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Din ændring ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Din værdi</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>Din — af {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>et andet medlem</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>slettet eller beholdt</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>gruppen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>you</source>
        <translation>dig</translation>
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
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuller redigering</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Vælg en post på listen, eller tryk Ctrl+N for at tilføje en.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Redigeringsformular</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Rediger {title}</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Felter markeret med * skal udfyldes.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Forlad uden at gemme?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Ret venligst felterne markeret nedenfor.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problem med {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Påkrævet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Gem posten</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Dine ændringer i denne post er ikke gemt. Forlad formularen og mist dem?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>oprettet af {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>i papirkurven</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>sidst ændret {when} af {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>endnu ikke på denne computer</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>fjern</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>fjern tilknytning</translation>
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
        <translation>&amp;Vedhæftede filer:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datamappe:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>S&amp;kriftstørrelse:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Sprog i brugerfladen:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Invitationskode:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>&amp;Telefonregion:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>En ny datamappe bruges fra næste start.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Tilføj dine egne praksisser, kontakter og værktøjer.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>Spørg, &amp;før en synkronisering ændrer mere end:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Vælg datamappen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Forbind til en gruppeserver</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Standarddatamappe</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Demoposter pr. samling</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Hent ved åbning</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Opdigtede praksisser, kontakter og værktøjer på syv sprog, til at prøve tingene af. Du kan slette dem senere.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Find poster at tilknytte</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Invitationskode</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Tilslut dig din gruppes delte lager med den invitationskode, din koordinator sendte dig.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Behold alt offline</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Indlæs demodata</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Kun når jeg beder om det</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Poster pr. samling:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Poster at tilknytte</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk opbevarer din gruppes praksisser, kontakter og værktøjer på denne computer og virker uden forbindelse. Hvordan vil du begynde?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ynkroniser hver:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Vis disse kolonner:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Begynd med et tomt arbejdsområde</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopper…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Systemets størrelse</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Skriv et navn eller et ord for at finde poster</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Velkommen til RuralDesk</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>tilføjet {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} af {total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n indlæg</numerusform>
            <numerusform>%n indlæg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n emne</numerusform>
            <numerusform>%n emner</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ingen titel)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(ikke angivet)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Et emne skal have en titel og et åbningsindlæg.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Vedhæft filer</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Vedhæft filer…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Vedhæftet:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Kommentarer (%n)</numerusform>
            <numerusform>Kommentarer (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Kunne ikke eksportere diskussionen: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Kunne ikke gemme: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Kladde beholdt</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Kladde beholdt fra {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Rediger dit indlæg</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Eksporter som Markdown…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Eksporter som PDF…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Eksporter diskussionen</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Filer, der skal vedhæftes dette indlæg</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Filer, der skal vedhæftes: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Skjult af en koordinator: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Skjult for gruppen: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Skjul diskussionen…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Skjul…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Seneste aktivitet</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Nyt &amp;emne…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nyt emne</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Nyt emne…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Ingen indlæg endnu. Skriv det første nedenfor.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Ingen emner endnu. Start et med Nyt emne; kommentarer til en praksis, et værktøj eller en kontakt står nederst på dens side.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Ikke et svar</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Ikke tilladt: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Åbningsindlæg</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Åbningsindlæg:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Slå op</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Slå op (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Indlæg fjernet</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Slået op. Det går til gruppen ved næste synkronisering.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Indlæg</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Svarer på et indlæg</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Svarer {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Vis %n tidligere indlæg</numerusform>
            <numerusform>Vis %n tidligere indlæg</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Vis igen</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Vis diskussioner</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Start en diskussion med gruppen</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Start en diskussion med gruppen (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Startet af</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>Diskussionen blev skrevet til {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>Den tidligere version forbliver i indlæggets historik.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>Åbningsindlægget… *fremhævet*, **fed**, - lister, [links](https://…), @medlem</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Version {n}, {when}, af {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Indlæggets versioner</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Hvad handler det om?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Hvorfor er det skjult? Alle ser begrundelsen på dets plads.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Træk tilbage</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Trække dette indlæg tilbage? Teksten forsvinder fra tråden; de tidligere versioner forbliver i historikken.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Træk dit indlæg tilbage</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Trukket tilbage af forfatteren.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Skriv et indlæg… *fremhævet*, **fed**, - lister, [links](https://…), @medlem (Ctrl+Enter slår op)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Skriv noget først.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Skriv til hele tråden i stedet (Escape)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Dit indlæg</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>diskussionens regler tillader ikke denne ændring</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>et indlæg skal have noget tekst</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>et fjernet indlæg</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>redigeret</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>som svar til {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>kun en koordinator kan skjule et indlæg eller en diskussion</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>kun forfatteren kan redigere eller trække et indlæg tilbage</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>kun det medlem, der startede en diskussion, kan ændre dens titel, temaer eller sprog</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>startet af {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (skjult)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · {count} nye</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(vælg)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Ingen dato</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Skriv og tryk Enter</translation>
    </message>
    <message>
        <source>add</source>
        <translation>tilføj</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>ryd</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>fjern</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>at tilføje</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Vedhæftede filer</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Bredere tema</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Kommenterer</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Samtykkedato</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Samtykkekilde</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontekst</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Ekspertisetemaer</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnavn</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>En persons fulde navn eller en organisations navn</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Finansieringsbeløb</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansieringskilde</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Gruppemedlem</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Skjult fordi</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Svar på</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Retsgrundlag</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erfaringer</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medietype</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Omtaler</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Forhindringer (juridiske / politiske)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Organisationstyper</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Partnere (inkl. myndigheder)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoner</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Relaterede kontakter</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Relaterede værktøjer</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Fjernede indlæg</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Anmelderens note</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Størrelse (bytes)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Startet af</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>Personens medlemsnavn i gruppen: personens indlæg er så en del af personens data</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>By / landsby</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Overførbarhed</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Websted</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Revisionslog</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>&amp;Annuller invitationen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Eksporter alt om denne person…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>Over&amp;drag en fil til serveren…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Invitationer</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>In&amp;viter nogen…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Medlemmer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>&amp;Nyeste poster</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>&amp;Ældre poster</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangsord:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>&amp;Personers data</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gyldig i:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 uge</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Et tilbagekaldt token stopper synkroniseringen med det samme: den computer beholder sin kopi, men kan ikke længere sende eller modtage. Sæt flueben ved de computere, der skal afskæres.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Tilføjede et medlem</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Spørger serveren, hvem du er…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>På {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>På {url} · du er: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Annuller invitationen</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Annuller invitationen til {name}? Koden holder op med at virke med det samme; du kan invitere dem igen senere.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Annullerede en invitation</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Annullerer invitationen…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Skift rolle…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Skift rolle for {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Ændrede et medlem</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Skifter rolle…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Vælg filen</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopieret</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Kopier invitationskoden</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Opret invitationen</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Opretter invitationen…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>S&amp;let denne person endeligt…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Slet endeligt i hver replika</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Slet »{name}« endeligt</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Slette »{name}« endeligt fra hele gruppen? Det kan ikke fortrydes. Det slettes her og sendes straks til serveren; hvert medlems kopi af RuralDesk sletter det ved sin næste synkronisering:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Slettede en post endeligt</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Sletter endeligt…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Alt om {name} blev skrevet til {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Eksporter alt om {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Find en person</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Giv {name} denne kode. I RuralDesk vælger de Synkronisering → Opsæt synkronisering… og indsætter den, eller scanner billedet med en telefon og sender det til sig selv. Den virker én gang, indtil {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Status for gruppevinduet</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Gruppen »{group}«</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Overdrag en fil til serveren</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Overdrag til serveren</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Overdrager filen til serveren…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Invitationskode</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Invitationskode som QR-kode</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Invitation til {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Invitationen til {name} er annulleret.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Invitationen til {name} er oprettet.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Inviter nogen</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Inviterede nogen</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Udstedte et token</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Dens vedhæftede filer: ingen</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Dens vedhæftede filer: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Dens historik med de værdier, den havde (registrerede ændringer: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Du er med i gruppen, men tokenet kunne ikke gemmes: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Blev medlem med en invitation</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Seneste synkronisering</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Links til den fra andre poster: ingen</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Links til den fra {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Opregner, hvad den endelige sletning fjerner…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Indlæser revisionsloggen…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Indlæser medlemmets tokens…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Indlæser medlemmerne…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Indlæser de åbne invitationer…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Medlemmerne ser det nye navn efter deres næste synkronisering; gruppens adresse forbliver den samme.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Ikke forbundet til en gruppeserver.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Ikke udført: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Ændringer i filen: {total}; serveren anvendte {applied} og havde allerede {already}.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Ændringer i filen: {total}; serveren anvendte {applied}, havde allerede {already} og afviste {refused}: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Kun gruppens koordinatorer kan invitere personer, skifte roller eller fjerne medlemmer. Spørg en af dem.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Åbne invitationer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Genindlæs</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>&amp;Fjern fra gruppen…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>&amp;Omdøb gruppen…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>&amp;Tilbagekald tokens…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Læser</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Fjern {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Fjern {name} fra gruppen</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Fjerne {name} fra gruppen? Personens tokens holder op med at virke med det samme, og personen modtager ikke længere gruppens poster. Alt, hvad personen har tilføjet eller ændret, forbliver under personens navn.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Fjernede et medlem</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Fjerner medlemmet…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Omdøb gruppen</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Omdøbte gruppen</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Omdøber gruppen…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Tilbagekald</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Tilbagekald tokens for {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Tilbagekaldte et token</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Tilbagekalder…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Send ændringerne i en overdragelsesfil, som nogen har medbragt, direkte til serveren</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Ændringerne i filen sendes til serveren under navnene på de personer, der lavede dem; denne computer får dem ved sin næste synkronisering, ligesom alle andre. Ændringer, som serveren allerede har, tages ikke med to gange.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Koden er i udklipsholderen.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>Kontakten »{name}« og hver feltværdi, den havde</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>Diskussionen om denne kontakt med dens indlæg ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Filen indeholder ingen ændringer; intet blev sendt.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>De fem ord, du har fået adskilt fra filen.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>Gruppen hedder nu »{name}«.</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>Invitationen giver én person en plads i gruppen. Personen indsætter koden i RuralDesk (Synkronisering → Opsæt synkronisering…) på sin computer; den virker én gang.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>Personen er også nævnt i teksten i {count} andre poster. Den tekst ændres ikke: gennemgå den efter den endelige sletning (eksporten viser hvor).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Personens egne indlæg i gruppens diskussioner ({count}); trådene forbliver og viser »indlæg fjernet«</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Dette medlem har intet token i brug.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Dette arbejdsområde er ikke forbundet til en gruppeserver. Brug Synkronisering → Opsæt synkronisering… med den invitationskode, din koordinator gav dig.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Tilbagekaldte tokens for {name}: {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Skriv et navn, en e-mail eller et telefonnummer</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Hvad der sker</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Når en person spørger, hvad gruppen har om vedkommende, eller beder om at blive glemt (GDPR artikel 15 og 17), så find personen her.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbejder</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>tilføjer og redigerer gruppens poster</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>som gruppen vil se det</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>styrer gruppen: medlemmer, invitationer, endelig sletning</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfrit</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>læser gruppens poster, ændrer intet</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>filen kan ikke læses ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>serveren accepterede ikke denne computers token; bed din koordinator om en ny invitation</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>unavngivet computer</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} dage</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} uger</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, siden {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (dig)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} er ikke længere medlem; personens poster forbliver.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} er nu: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>»{name}« blev slettet endeligt her; sletningen sendes til serveren med denne synkronisering og når hver replika ved dens næste synkronisering.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Anvendt: {applied}. Allerede her: {duplicates}. Til videregivelse til serveren: {held}. Afvist: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Ændringer skrevet: {count}, til {path}.

Adgangsord (vises kun nu): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Forbind denne computer til gruppens server én gang, før du overdrager ændringer.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Eksporter ændringer til en anden computer…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Eksporterer ændringer</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Overdragelsesfiler (*.rdrelay);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Importer ændringer fra en fil…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Importerer ændringer</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Intet blev ændret: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsord</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Stoppet. Intet blev ændret.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Filen er afkortet: den blev ikke kopieret helt.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Filen blev ændret eller beskadiget, efter at den blev lavet.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Filen låses med disse ord (du kan ændre dem). Giv dem til den, der importerer den, adskilt fra filen.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>Adgangsordet åbner ikke denne fil: kontroller ordene, og prøv igen.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Denne fil indeholder ændringer fra en anden gruppe.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>Dette er ikke en RuralDesk-overdragelsesfil.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Skriv de ord, filen blev låst med.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>Om RuralDesk</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>En offline-først organisator af praksisser, kontakter og værktøjer til grupper i den sociale økonomi på landet: landsbyforeninger, andelsselskaber, socialøkonomiske virksomheder, tredje steder og de myndigheder, der arbejder med dem.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licens:</translation>
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
        <translation>Brugervejledning til RuralDesk</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>Brugervejledningen er ikke installeret med denne kopi af RuralDesk. Den findes online på {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Brugervejledning</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Arbejdsområde:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Kommentarer til {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>DejaVu Sans er ikke installeret: PDF&apos;en bruger Helvetica, som ikke kan udskrive bogstaver uden for Vesteuropa (polske, græske…); installer fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Eksport fra Google Kontakter</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Eksport fra Google Kontakter (Outlook CSV)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Skjult af en koordinator: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Eksport fra Outlook</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Telefon ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Indlæg fjernet</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Indlæg: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Region: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Startet af {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Eksport af adressebog fra Thunderbird</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Trukket tilbage af forfatteren.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>et GIF-billede</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>et JPEG-billede</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>et PDF-dokument, ikke en tabel eller en adressebog</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>et PNG-billede</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>et Windows-program, ikke en datafil</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>et ZIP-arkiv (et .xlsx- eller .ods-regneark?); gem det først som CSV fra regnearket</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>en fil</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>en gzip-komprimeret fil; pak den først ud</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>et program, ikke en datafil</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>et anførselstegn (&quot;) i denne række lukkes aldrig</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>et anførselstegn (&quot;) i denne række lukkes ikke på sin linje</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>en celle i anførselstegn har tekst efter sit afsluttende anførselstegn, og rækken har ikke lige så mange celler som overskriften</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>en anden adresse importeres ikke (kun én adresse beholdes)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>en tabel</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>en vCard-fil</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>landet i adressen blev ikke genkendt</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>en SQLite-database (brug gendannelse for at få et helt arbejdsområde tilbage)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>et alternativ (ALTID {altid}) til en værdi, der allerede er beholdt</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>et gammelt Office-dokument (.xls eller .doc); gem det først som CSV fra regnearket</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>kan ikke læse {name}: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>kategorien er ikke et tema i dette arbejdsområde</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>kolonne {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>redigeret {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>gruppen »{group}« er ikke et tema i dette arbejdsområde; ikke importeret</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>har {cells} celler, men overskriften nævner {columns} kolonner; de ekstra celler ville gå tabt</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>som svar til {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>den indeholder en fil, som dens manifest ikke angiver (»{file}«)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>den indeholder filen »{file}« to gange</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>den angiver {count} vedhæftede filer, flere end de {limit}, en sikkerhedskopi må indeholde</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>den ville pakkes ud til {size}, mere end de {limit}, en gendannelse må skrive</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>dens manifest beskriver ikke replikafilen korrekt</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>dens manifest angiver ikke antallene korrekt</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>dens manifest angiver ikke de vedhæftede filer korrekt</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>dens manifest er større end nogen sikkerhedskopis</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>dens manifest er ikke en liste af navngivne værdier</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>dens manifest angiver den vedhæftede fil {file}… to gange</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>dens manifest nævner en vedhæftet fil »{file}«, der ikke er en kontrolsum</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>sproget blev ikke genkendt</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>ligner kort {number} i denne fil ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>ligner række {number} i denne fil ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>ligner »{title}«, som allerede findes her ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>navnepræfiks ikke importeret</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>navnesuffiks ikke importeret</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>intet matchende felt</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>ingen praksis at skrive (søgningen eller filtrene matcher ingen); {out} blev ikke skrevet</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>kun én adresse beholdes</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>kun ét navn beholdes</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>kun én organisation beholdes</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>kun én rolle beholdes</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>kun én webadresse beholdes</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>telefonens etiket ikke beholdt (nummeret er importeret)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>telefon {number} har ingen landekode, og der er ikke angivet en region at læse den med; beholdt i noterne (angiv arbejdsområdets telefonregion eller --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>telefon {number} skrevet som {written} (numre uden landekode læses som {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>regionen »{region}« er ikke en NUTS-region, vi kender; beholdt i noterne</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>samme e-mail {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>samme navn</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>samme telefon {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>lignende navne ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>regneark (kolonner matchet efter deres navne)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>filnavnet »{file}« peger uden for sikkerhedskopien</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>den sidste række er afkortet (færre celler end overskriften og ingen linjeafslutning): filen ser afkortet ud</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>rækken kan ikke læses ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>arbejdsområdet {path} er ikke tomt ({count} poster); gendan kun i et tomt arbejdsområde (vælg et nyt)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>dette kort blev eksporteret fra dette arbejdsområde, og kontakten er her stadig (samme UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>ukendt tegnkodning {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} værdier)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} kan ikke gendannes sikkert: {reason}; intet blev ændret</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>{name} har ingen overskriftsrække (den første linje skal navngive kolonnerne)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} indeholder en beskadiget replika ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} er UTF-8 undtagen på linje {line} (byte {byte}), som er i en anden tegnkodning: to tegnkodninger er blandet i én fil; ret den linje, eller vælg tegnkodningen for hele filen</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} er en binær fil, ikke tekst (den indeholder NUL-bytes)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} er en binær fil, ikke tekst (den indeholder NUL-bytes, først på linje {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} er beskadiget ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} er beskadiget: den vedhæftede fil {file}… matcher ikke sin kontrolsum</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} er beskadiget: replikaen indeni matcher ikke sin kontrolsum</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} er beskadiget: »{file}« er kortere, end dens manifest siger</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} er tom</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} er ikke i nogen tegnkodning, vi kan læse præcist (ikke UTF-8, UTF-16, en Windows- eller ISO 8859-tegntabel eller Shift-JIS); gem den igen som UTF-8</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} er ufuldstændig: {count} filer mangler (første: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} er ikke en RuralDesk-sikkerhedskopi (ikke en ZIP-fil); den kan være afkortet</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} er ikke en RuralDesk-sikkerhedskopi eller er beskadiget ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} er ikke en sikkerhedskopi af et RuralDesk-arbejdsområde</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} er ikke en vCard-fil (den skal begynde med BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} er ikke en gyldig vCard-fil: kort {number} er defekt ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} er ikke gyldig UTF-16-tekst; den kan være afkortet eller beskadiget</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} er ikke gyldig UTF-32-tekst; den kan være afkortet eller beskadiget</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} er alligevel ikke {encoding}-tekst (byte {byte}); gem den igen som UTF-8</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} er ikke {encoding}-tekst: linje {line} indeholder bytes, den ikke kan læse (byte {byte}); vælg en anden tegnkodning</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} er {size}, mere end de {limit}, {what} må være; del den op i mindre filer</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} er {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} kræver {size} ledig diskplads, og kun {free} er ledig; intet blev ændret</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} begynder som UTF-8, men linje {line} indeholder bytes, der ikke er UTF-8 (byte {byte}); den kan være beskadiget — gem den igen som UTF-8</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} blev lavet af en nyere RuralDesk (sikkerhedskopiformat {version}); opdater RuralDesk for at gendanne den</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, linje {line}: en celle i anførselstegn har tekst efter sit afsluttende anførselstegn ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, linje {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: et anførselstegn (&quot;), der åbnes nær linje {line}, lukkes aldrig; filen ser afkortet eller beskadiget ud</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: kort {number} lukkes aldrig (END:VCARD mangler); filen ser afkortet ud</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: tegnkodningen er ikke sikker, filen læses anderledes som {shown}; vælg en (for eksempel --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>{path} kan ikke læses ({reason}); gendan i et nyt arbejdsområde</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} findes ikke</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} er en mappe, ikke {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} er ikke et tomt arbejdsområde</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} ikke importeret: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: {count} tegn i en skrift, som skrifttypen ikke kan vise ({scripts}), blev udeladt af PDF&apos;en</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>»{file}« angiver en størrelse, dens komprimerede data ikke kan have (en zip-bombe?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>»{file}« er et link eller en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>»{file}« er krypteret eller komprimeret på en måde, RuralDesk ikke skriver</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>»{file}« har ikke den størrelse, dens manifest angiver</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>»{file}« pakkes ud til mere end sin angivne størrelse (en zip-bombe?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>»{number}« er ikke et telefonnummer, vi kan læse; beholdt i noterne</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>»{value}« er ikke et land (brug et navn eller en ISO 3166-kode som PT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>»{value}« er ikke en dato (brug ÅÅÅÅ-MM-DD eller DD/MM/ÅÅÅÅ)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>»{value}« er ikke et sprog (brug et navn eller en ISO 639-kode som fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>»{value}« er ikke et sprog (brug en ISO 639-kode som fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>»{value}« er ikke et tal</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>»{value}« er ikke et post-id</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>»{value}« er ikke et tema i dette arbejdsområde</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>»{value}« er ikke et heltal</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>»{value}« er ikke en af: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Alle lande</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Alle arter</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Alle sprog</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Alle regioner</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Alle temaer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Ryd filtrene</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filtrer efter {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>I papirkurven: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Listeoversigt</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Poster: {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Resultater: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Resultater: {shown} af {total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Gem søgning…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Gem denne søgning</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Valgt: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Skriv for at søge i praksisser, kontakter, værktøjer og temaer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;Om RuralDesk</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Vedhæft filer…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Kolonner…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Kopier diagnosticeringsoplysninger</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Fi&amp;nd…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>Tilk&amp;nyt til…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>Indsæt som &amp;vedhæftet fil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synkronisering</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Tilføj en post til den viste liste</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Tilføjede »{title}«</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Vedhæft filer</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Vedhæftet: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Den vedhæftede fil er her ikke endnu</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Hent de valgte poster tilbage fra papirkurven</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Ændringer, der venter på at blive delt</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Ændringer, der venter på at blive delt: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Vælg en praksis eller et værktøj at vedhæfte filer til.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Kopier filer ind i arbejdsområdet og vedhæft dem</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Kunne ikke vedhæfte</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Slet gemt søgning</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Diagnosticeringsoplysninger kopieret. Indsæt dem i din besked til den person, der hjælper dig; de indeholder ingen navne eller indhold.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Rediger den viste post</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>Tøm &amp;papirkurven…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Tøm papirkurven</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Tømmer papirkurven</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Slette alt i papirkurven endeligt fra denne computer? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Slettet endeligt fra denne computer: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Til en supportanmodning: versioner og størrelser, aldrig navne eller indhold</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Gå til &amp;listen</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Tilknyt denne post til kontakter, værktøjer eller praksisser</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Tilknyt »{title}« til…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Flyt de valgte poster til papirkurven</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Flyttet til papirkurven: {count}. Fortryd med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Ingen ændringer venter på at blive delt</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Ingen gemte søgninger endnu. Skriv i søgefeltet, og vælg derefter Gem søgning under filtrene.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Gendannet: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Gem søgning</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Søgningen »{name}« er gemt</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Gemte »{title}«</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Søg i alt</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Søg i alt (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Vælg &amp;alle</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Vis &amp;logmappen</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Vis: {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synkroniseringsstatus</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Den post er her ikke længere.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>Udklipsholderen indeholder ingen fil eller billede at vedhæfte.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Denne fil er endnu ikke på denne computer. Den kommer med næste synkronisering.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papirkurv</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Diskussioner</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Fundet i</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Sidst ændret</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gemte søgninger</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Til gennemsyn</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papirkurv</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Nyheder</translation>
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
            <numerusform>%n ændret kontakt</numerusform>
            <numerusform>%n ændrede kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n ændret praksis</numerusform>
            <numerusform>%n ændrede praksisser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n ændret værktøj</numerusform>
            <numerusform>%n ændrede værktøjer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n redigeret indlæg</numerusform>
            <numerusform>%n redigerede indlæg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n ny kontakt</numerusform>
            <numerusform>%n nye kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n nyt indlæg</numerusform>
            <numerusform>%n nye indlæg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n ny praksis</numerusform>
            <numerusform>%n nye praksisser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n nyt værktøj</numerusform>
            <numerusform>%n nye værktøjer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n indlæg</numerusform>
            <numerusform>%n indlæg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n praksis</numerusform>
            <numerusform>%n praksisser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n post delt af andre siden dit seneste gennemsyn.</numerusform>
            <numerusform>%n poster delt af andre siden dit seneste gennemsyn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n værktøj</numerusform>
            <numerusform>%n værktøjer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ulæst</numerusform>
            <numerusform>%n ulæste</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Vedhæft filer: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Kunne ikke fortryde eller gentage: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Opret {title}</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Slet poster: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Slet {title}</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Rediger {title}</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Tilknyt {title}</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Ikke fortrudt: {fields} i »{title}« er siden ændret af en anden (det kom med den seneste synkronisering). Deres værdi forbliver; rediger den i hånden, hvis din skal gælde.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Ikke fortrudt: »{title}« er siden flyttet til eller fra papirkurven af en anden (det kom med den seneste synkronisering). Den forbliver, som den er.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Fjern den vedhæftede fil {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Gendan poster: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Gendan {title}</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Fjern tilknytning til {title}</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Computere i nærheden, der tilbyder synkronisering:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>Ti&amp;lbyd synkronisering til en computer i nærheden…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Denne computers adresse</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>&amp;Forbind og synkroniser</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Vælg en computer på listen, eller skriv dens adresse, som den vises på den (for eksempel 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Vælg den computer, der tilbyder synkronisering (Synkronisering → Tilbyd synkronisering til en computer i nærheden… på den), og skriv den kode, den viser.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Forbinder…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Hvis denne computer ikke står der, så forbind via adressen: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Lad en computer i din gruppe på samme netværk synkronisere med denne, uden server og uden internet</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Leder efter computere i din gruppe på dette netværk…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Tilbyd synkronisering til en computer i nærheden</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>På den anden computer (samme wi-fi eller telefonens hotspot, samme gruppe): vælg Synkronisering → Synkroniser med en computer i nærheden…, vælg denne computer, og skriv denne kode:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Eller forbind via &amp;adresse:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>&amp;Parringskode:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Parringskode</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Stoppet. Intet blev anvendt halvt.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Synkroniser med en computer i &amp;nærheden…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Synkroniser med en computer i din gruppe, der tilbyder det på samme netværk</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Synkroniser med en computer i nærheden</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Synkroniseret med “{name}”: {received} ændringer modtaget, {sent} sendt.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>Det er ikke den kode, der vises på den anden computer; intet blev ændret.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>Det er ikke den kode, der vises på den anden computer; intet blev ændret. Forsøg tilbage: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>Koden har seks cifre, som vist på den anden computer.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>Forbindelsen til den anden computer gik tabt ({reason}). Intet blev anvendt halvt; prøv igen.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>Forbindelsen gik tabt før slutningen; intet blev anvendt halvt. Venter stadig på en computer i din gruppe…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>Den anden computer svarede på en måde, denne version ikke forstår ({reason}). Intet blev ændret.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>Den anden computer hører til en anden gruppe; kun computere i samme gruppe kan synkronisere. Intet blev ændret.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>Den anden computer stoppede sit tilbud efter for mange forkerte koder. Bed om et nyt tilbud der; intet blev ændret.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>Dette netværk lader ikke computere finde hinanden: forbind på den anden computer via adressen: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>Dette netværk lader ikke computere finde hinanden: skriv den adresse, der vises på den anden computer.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Dette arbejdsområde hører endnu ikke til en gruppe. Opsæt én gang synkronisering med din gruppes server (Synkronisering → Opsæt synkronisering…); derefter kan det også synkronisere med computere i nærheden.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Venter på en computer i din gruppe…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>{count} gemmes til din næste synkronisering med serveren, som kender den computer, der signerede dem.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>{count} blev afvist (deres signatur holdt ikke).</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>“{name}” hører til en anden gruppe og kan ikke synkronisere med denne computer. Venter stadig…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>“{name}” har forbundet; koden kontrolleres…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>“{name}” skrev en forkert kode; intet blev ændret. Forsøg tilbage: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>“{name}” skrev den rigtige kode; synkroniserer…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Indsæt</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Klip</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markér alt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Afbryd</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anvend</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej til alle</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gendan standarder</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Gem alle</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Indsæt</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;linkadresse</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Klip</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markér alt</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Markér alle som gennemset</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Tilføj en &amp;note…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Vælg først en post på listen.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Sidst ændret</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Intet at gennemse: alt, hvad andre har delt, er gennemset.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Anmelderens note</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Anmelderens note: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Delt af</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Delte poster til gennemsyn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Til gennemsyn</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Skriv en anmeldernote til den valgte post</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Din note til »{title}« følger med posten til alle i gruppen. Kun koordinatorer kan skrive den.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, sidst ændret {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Kunne ikke indlæse demodata: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Demodata indlæst.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Indlæser demodata</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Indlæsning af demodata stoppet; det indlæste forbliver.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>Den nye datamappe bruges fra næste start.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Et andet RuralDesk-vindue arbejder allerede i dette arbejdsområde ({path}). Skift til det vindue, eller luk det og prøv igen.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Vælg en mappe til dit arbejdsområde</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Vælg en anden mappe…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Kun {free} MB er ledige, hvor dit arbejdsområde opbevares ({path}). RuralDesk kan muligvis ikke gemme dine ændringer. Frigør plads (tøm computerens papirkurv, fjern store filer), og fortsæt derefter.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk er allerede åben</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk opbevarer dit arbejdsområde i {folder}, men kan ikke skrive der ({reason}). Vælg en anden mappe, du kan skrive i, for eksempel en i dine dokumenter.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Vis sikkerhedskopierne</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Datamappen kan ikke bruges</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>Disken er næsten fuld</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>Mappen {folder} er skrivebeskyttet. Vælg en anden mappe, du kan skrive i.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Arbejdsområdet kan ikke åbnes</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk opbevarer automatiske sikkerhedskopier af dit arbejdsområde i {backups}. Du kan gendanne en ved at kopiere den over den beskadigede fil.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikter…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>&amp;Afbryd forbindelsen til serveren…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Gruppe…</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Invitationskode:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Synkroniser nu</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Dit navn:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Den vedhæftede fil er her ikke endnu</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Den vedhæftede fil er ikke på serveren</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Ændringer, der venter: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Kontroller og gem</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerer…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Konflikter: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Forbundet. Dit token opbevares i {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Forbindelsestjek</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Kunne ikke hente</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Kunne ikke gemme tokenet: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Afbryd forbindelsen til serveren</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Henter den vedhæftede fil</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Indtast serverens adresse (begynder med https://) og gruppen.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Indtast det token, din koordinator gav dig.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Alt er gemt på denne computer. Brug Synkronisering → Opsæt synkronisering… for at dele det med din gruppe.</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Gruppen »{group}« på {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Invitationskode</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Tilslutter til gruppen…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Stor ændring fra serveren</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Ikke gemt: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Endnu ikke synkroniseret</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Åbne konflikter</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Eller med et personligt token:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Indsæt den invitationskode, din koordinator sendte dig: den indeholder serverens adresse og gruppen. Har du i stedet et personligt token, så lad feltet være tomt, og udfyld felterne nedenfor. Tokenet opbevares i systemets adgangskodelager, hvis der er et, ellers i en fil, kun du kan læse.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Løs…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>S&amp;top synkronisering</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Send dine ændringer til gruppeserveren, og hent alle andres</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>&amp;Opsæt synkronisering…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Opsæt synkronisering</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Stoppe synkroniseringen af dette arbejdsområde med gruppeserveren? Dine poster forbliver på denne computer; ændringer, der endnu ikke er sendt, bliver ved med at vente. Du kan opsætte synkronisering igen senere.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Synkroniserer… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>Gruppeserveren har ikke denne fil endnu: den person, der vedhæftede den, har ikke synkroniseret siden.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>Gruppeserveren afviste en ændring af denne post ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Gruppeserverens ændringer ville flytte {deletes} poster til papirkurven, slette {erasures} endeligt og ændre {overwrites} — {total} af dine {records} poster ({share}).

Det kan være rigtigt (nogen har ryddet op i de delte poster) eller en fejl. Anvend disse ændringer nu?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Gruppens medlemmer; for koordinatorer invitationer, roller og anmodninger om persondata</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Denne fil er ikke på denne computer, og dette arbejdsområde er ikke forbundet til en gruppeserver.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Denne post er i konflikt ({fields}): to personer ændrede den samtidig.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Dette arbejdsområde indeholder demodata. Demodata er opdigtede og forlader aldrig denne computer, så de kan ikke deles med din gruppe.

Bruge et nyt, tomt arbejdsområde til din gruppes poster? Demoarbejdsområdet forbliver, som det er.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Opdateret · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Arbejder offline: ingen gruppeserver forbundet</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Du er nu i det nye, tomme arbejdsområde »{name}«. Demoarbejdsområdet forbliver, som det er.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>en fil, kun du kan læse ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>kontrollerer serveren</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>kunne ikke nå serveren</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>kunne ikke nå serveren: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>indtast et nyt token under Synkronisering → Opsæt synkronisering…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>beholdt fra før; skriv for at erstatte det</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>sidst synkroniseret kl. {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>valgfrit: dit navn, som gruppen kender det</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>tryk F5 for at prøve igen</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>modtager vedhæftede filer</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>modtager ændringer</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>gemmer det modtagne</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>sender vedhæftede filer</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>sender ændringer</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>opsæt synkronisering i et nyt, tomt arbejdsområde</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>noget gik galt</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>noget gik galt ({reason}); detaljerne står i loggen</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>stopper</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>serveren accepterede ikke dette token for denne gruppe; kontroller det, eller bed din koordinator om et nyt</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>serveren accepterede ikke dit token</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>serveren accepterede ikke dit token; bed din koordinator om et nyt, og indtast det under Synkronisering → Opsæt synkronisering…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>serveren afviste anmodningen</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>serveren afviste anmodningen: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>systemets adgangskodelager</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>dette arbejdsområde indeholder demodata, som aldrig forlader denne computer; opsæt synkronisering i et nyt, tomt arbejdsområde</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>dette arbejdsområde indeholder demodata, som aldrig synkroniseres</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>prøver igen kl. {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>du valgte ikke at anvende serverens store ændring</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>du stoppede det</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} af {total}</translation>
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
        <translation>Agroøkologi</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Samskabelse med myndigheder</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Lokal transport</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Andelsselskaber for digitale platforme</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Uddannelse og tjenester</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Energifællesskaber</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Virksomhedsudvikling og beskæftigelse</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Sundhedspleje</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Lokalt iværksætteri</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilitet</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Politik og lovgivningsrammer</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Korte fødevareforsyningskæder</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Social inklusion</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Solidaritetsnetværk</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Bæredygtigt landbrug og fødevarer</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Arbejdsmarkedsintegration</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>&amp;Sikkerhedskopier arbejdsområdet til en fil…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Kontakter at flette (afkrydsede):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Tegnkodning:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Slet endeligt</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupper:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>I&amp;mporter…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behold:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Flet</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Åbn kontakt</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Åbn post</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>&amp;Praksisark…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Læs den sådan</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Poster:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>&amp;Gendan fra en sikkerhedskopi…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Skilletegn:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Brug dette land</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(registreret)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(ikke læsbar)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(intet at sammenligne)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} kolonner</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>En .vcf-fil, som adressebøger og telefoner kan læse.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>En sikkerhedskopi kan kun gendannes i et tomt arbejdsområde, og dette indeholder allerede {practices} praksisser, {contacts} kontakter og {tools} værktøjer. Intet blev ændret.

For at gendanne skal du vælge en ny, tom datamappe under Filer → Indstillinger, genstarte RuralDesk og gendanne der.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Et ark til udskrivning (PDF eller Markdown) af den viste praksis eller af flere</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Et ark at udskrive eller dele: de vigtigste fakta, hvad der blev gjort, hvad man lærte, og hvem man kan spørge. Overskrifterne er på hver praksis&apos; sprog.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>En synkronisering kører. Vent, til den er færdig, og gendan derefter igen.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Vedhæftede filer, der ikke er på denne computer (opbevaret på gruppeserveren), er ikke med i sikkerhedskopien: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Sikkerhedskopier arbejdsområdet</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Sikkerhedskopierede {records} poster og {files} vedhæftede filer til {path}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Sikkerhedskopierer til {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sikkerhedskopi lavet</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sikkerhedskopi gendannet</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Sikkerhedskopier (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Sikkerhedskopier (*.zip);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Hent en sikkerhedskopi tilbage i et tomt arbejdsområde</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Hent kontakter, praksisser eller værktøjer ind fra en CSV/TSV-tabel eller en vCard-fil</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-tabeller (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Læste kort: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Kort med et problem: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Kontrollerer {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Vælg tegnkodningen</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Vælg det felt, hver kolonne skal ind i, eller udelad den.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Kolonner, der ikke importeres: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Filens kolonner</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Kontakt, der beholdes</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Kontakter, der ligner den samme person eller organisation, til fletning</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Kontakter at flette</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Telefonnumrenes land</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Slet kontakten endeligt, overalt, og vis omtalerne til gennemgang</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Dobbeltklik for at åbne den kontakt, der allerede findes her</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Dublerede kontakter</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>S&amp;let denne person endeligt…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>E&amp;ksporter alt om denne person…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Slet endeligt</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Slet denne person endeligt</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Slette »{name}« og alt, hvad der opbevares om personen, endeligt?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>Sletter {name} endeligt</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Hver kontakt på listen ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Hver praksis på listen ({count}) i ét dokument</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Hver række skal være korrekt, før noget importeres. Ret disse rækker i filen, og importer den igen, eller importer kun de gyldige rækker.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Alt om »{name}« blev gemt i {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Alt i dette arbejdsområde, inklusive vedhæftede filer, i én fil</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Excel på Windows viser kun bogstaver med accent korrekt med dette mærke</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Eksporter kontakter som &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Eksporter kontakter som vCard</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Eksporter alt om denne person</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Eksporter listen som &amp;CSV…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Eksporter listen som CSV</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Eksport:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Eksporterede {count} kontakter til {path}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Eksporterede {count} poster til {path}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Eksporterer til {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fil at importere</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Find &amp;dublerede kontakter…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Fundet</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Grupper af sandsynlige dubletter</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Importer &amp;som:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Importer en tabel</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Importdetaljer</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Fund ved importen</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importer til</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Importresultat</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Importer kolonnen »{name}« til</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Importer rækkerne uden problemer, og udelad de andre</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Importer kun de gyldige rækker</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Importer kun de gyldige rækker ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importeret: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Importeret: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Importerer {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Det virkede ikke: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Dens links fjernes fra {count} tilknyttede poster.</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Dens tidligere værdier fjernes fra ændringshistorikken.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Leder efter dublerede kontakter</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ligner</translation>
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
        <translation>Omtaler af personens navn, e-mails eller telefoner i andre posters tekst ændres ikke: du får en liste over dem at gennemgå bagefter.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Omtaler at gennemgå</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Flet kontakter</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Flet de afkrydsede kontakter ind i den, der beholdes</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>Flettede {count} kontakter til én; poster tilknyttet igen: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Navne, som {encoding} læser dem</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Der blev ikke lavet nogen sikkerhedskopi: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Ingen kolonne går ind i et felt endnu: vælg mindst én.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Ingen sandsynlige dubletter</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Der blev ikke fundet sandsynlige dubletter.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Ingen anden post linker til den.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Der er ikke angivet nogen telefonregion for dette arbejdsområde.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Ikke importeret ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Ikke importeret: der blev ikke valgt et land for telefonnumrene i {name}. Intet blev ændret.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Ikke importeret: der blev ikke valgt en tegnkodning for {name}. Intet blev ændret.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Ikke angivet (spørges efter, når det er nødvendigt)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Intet blev slettet endeligt: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Intet blev eksporteret: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Intet blev importeret.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Intet blev importeret: filen indeholder ingen poster.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Intet blev importeret: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Intet blev gendannet: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Kun de gyldige rækker blev importeret; rækkerne nedenfor blev udeladt.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Åbn den fremhævede kontakt</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Åbn den fremhævede post</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Telefonnumre uden landekode</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Telefonnumre uden landekode læses som {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Telefonregion</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mulige dubletter</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Mulige dubletter ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Findes muligvis allerede: {count} (se »Mulige dubletter«)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Praksisark</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Praksisark skrevet: {count}, i {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Forhåndsvisning af importen</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Oversigt over forhåndsvisningen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problemer ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Egenskab</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Læs som {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Læst som: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Læser filen igen…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Læser {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Genkendt eksport</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Genkendt: &lt;b&gt;{preset}&lt;/b&gt;. Dens kolonner er matchet nedenfor; kontroller dem før import.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Gendan fra en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Gendanne {count} poster fra {name} (lavet {date}) i dette tomme arbejdsområde?</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Gendannede {records} poster og {files} vedhæftede filer fra {name}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Gendanner {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Rækker vist: {count}; alle klar til import.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Rækker vist: {count}; med et problem: {bad}. Ret dem i filen, eller skift kolonnerne ovenfor.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Læste rækker: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Rækker med et problem: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Gem den viste liste med dens kolonner og filtre som en tabel</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Gem de valgte kontakter eller hele listen til en adressebog eller en telefon</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Vis først en kontakt.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Vis en praksis eller listen over praksisser for at lave ark af dem.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Vis kontakterne (eller søg efter nogle), og vælg dem, der skal eksporteres.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Stoppet: {what}. Intet blev ændret.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Tabeller og adressebøger (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>Valget kan stadig ændres under »Tegnkodning« i næste trin.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Kontakten slettes endeligt fra denne computer: ikke til papirkurven, og det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>Kontakten, dens historik og hver post, der er tilknyttet den eller nævner den, som JSON</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Kontakterne blev ikke eksporteret: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Kontakterne blev ikke flettet: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Landet for telefonnumre skrevet uden landekode, for dette arbejdsområde</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Filen kan ikke forhåndsvises: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Filen kan ikke læses på den måde: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>De første rækker, som de vil blive gemt. Rækker med et problem er markeret; importen stopper, hvis en række i filen har et.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>Bogstaverne i {name} kan læses på mere end én måde, og vi kan ikke afgøre, hvilken der er rigtig. Vælg den kolonne, hvor navnene er skrevet korrekt.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>Listen blev ikke eksporteret: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>Telefonregionen blev ikke gemt: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>Den viste praksis: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>De poster, søgningen fandt, med de kolonner, listen viser for deres type.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>Søgningen efter dubletter stoppede: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>Søgningen fandt intet at eksportere.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>De valgte kontakter ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>De valgte praksisser ({count}) i ét dokument</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>Arket blev ikke skrevet: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>Papirkurven kan ikke eksporteres. Vælg praksisser, kontakter, værktøjer eller temaer.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Disse kontakter ligner den samme person eller organisation. Fletning beholder én kontakt, udfylder dens tomme felter fra de andre, flytter hvert link og hver vedhæftet fil til den og flytter de andre til papirkurven (kan gendannes).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Denne fil kan ikke importeres: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Denne fil kan ikke gendannes: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Der spørges om dette én gang, og det gemmes for arbejdsområdet; Filer → Indstillinger ændrer det. Numre med landekode og rækker, der nævner et land, læses, som de er.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Denne række har et problem</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Dette arbejdsområde er ikke delt med en gruppeserver; kopier andre steder (sikkerhedskopier, eksporter) berøres ikke.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Dette arbejdsområde er delt: den endelige sletning sendes til gruppeserveren ved næste synkronisering, og hvert medlems kopi sletter det også.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 med &amp;BOM, til Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 med BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 med BOM, til Excel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Lodret streg ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Vent, til det igangværende arbejde (en import, en eksport) er færdigt, og gendan derefter igen.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Advarsler ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Hvad endelig sletning gør</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Hvorfor de ligner hinanden</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Hvorfor: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Skriver {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>kolonne {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>oprettet {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andet</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>praksisark</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>denne fil</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (ældre telefoner)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-filer (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>arbejde</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} indeholder telefonnumre uden landekode (som »{example}«) i rækker, der ikke nævner et land. Hvilket land er de i?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: hver post, listen viser ({count}), med dens filtre, dens rækkefølge og de viste kolonner.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: {count} fundet</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— udelad —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>»{name}« blev slettet endeligt.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>»{name}« blev slettet endeligt. Ingen anden post nævner personen i sin tekst.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>»{name}« blev slettet endeligt. Disse poster nævner stadig personen i deres tekst. Åbn hver enkelt, og fjern eller omformuler omtalen, hvor den er persondata.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Angiv valutaen for finansieringsbeløbet</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>Regionen {value} ligger ikke i {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Slutdatoen ligger før startdatoen</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Ukendt felt »{value}«</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label} kan ikke være negativ</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} skal udfyldes</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label} er for lang ({length} tegn, højst {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label} skal være en liste</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label} skal være en liste af tekst</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label} skal være et tal, ikke »{value}«</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label} skal være et heltal</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label} skal være tekst</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: hvert element skal have en værdi</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>»{value}« er ikke en NUTS-regionskode</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>»{value}« er ikke en dato (brug ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>»{value}« er ikke et telefonnummer (brug +landekode, f.eks. +351 21 000 0000)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>»{value}« er ikke et muligt telefonnummer</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>»{value}« er ikke et post-id</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>»{value}« er ikke en gyldig e-mailadresse</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>»{value}« er ikke en webadresse (den skal begynde med https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>»{value}« er ikke en ISO 3166-landekode</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>»{value}« er ikke en ISO 4217-valutakode</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>»{value}« er ikke en ISO 639-sprogkode</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>»{value}« er ikke en af: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Nyheder</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>Af {who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Ændret kontakt: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Ændret praksis: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Ændret værktøj: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Alt her er læst.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Første synkronisering: {items} fra din gruppe</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Markér &amp;alt som læst</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Markér alt i Nyheder som læst</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Ny kontakt: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Ny praksis: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Nyt værktøj: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Intet nyt fra din gruppe endnu. Når andre tilføjer eller ændrer praksisser, kontakter eller værktøjer, vises de her efter en synkronisering.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Kun &amp;ulæste</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Den post er her ikke længere.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Ulæst: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Hvad der er kommet fra din gruppe</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Hvad din gruppe har tilføjet eller ændret, siden du sidst kiggede</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Nyheder</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>I går</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>nogen</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} fra din gruppe</translation>
    </message>
</context>
</TS>
