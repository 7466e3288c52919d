<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Inget program kan öppna filen</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Spara en kopia</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Spara en kopia…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Datorn har inget program som kan öppna ”{name}”. Du kan spara en kopia och öppna den senare med ett program du själv väljer.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Rådgivning</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Dåligt</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Kooperativ i bygden</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Lokal stiftelse</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Finansiär</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Riktlinje</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Hem</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Rättslig förpliktelse</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Berättigat intresse</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Blandat</translation>
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
        <translation>Annat</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Policyrekommendation</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Uppgift av allmänt intresse</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Regional myndighet</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Delat</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Socialt företag</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Stödorganisation</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Mötesplats</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Verktygslåda</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Byförening</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Grundläggande intresse</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Tillbakadraget</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Arbetsintegrerande socialt företag</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Bilaga</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
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
        <translation>Länkade kontakter</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Länkade praktikexempel</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Länkade verktyg</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Nytt praktikexempel</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Nytt verktyg</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praktikexempel</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praktikexempel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Verktyg</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Verktyg</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Avfärda</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>&amp;Låt den vara borttagen</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Sammanfogat värde (redigera och spara sedan):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Öppna posten</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>Å&amp;terställ posten</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>Spara sammanfogat &amp;värde</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Behåll &amp;mitt</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Behåll &amp;deras</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Sammanfogat värde</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Inga konflikter: alla ändringar i gruppen gick ihop.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Inte sparat: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Olösta konflikter</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Avvisad: {title} – {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Löst: ”{title}” – {field}. Ditt val delas med gruppen vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Deras värde</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>Deras – av {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>När två personer ändrade samma sak innan de synkroniserade behöll gruppservern det ena värdet och lade undan det andra. Välj vad posten ska innehålla; ditt val delas med alla vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Varför servern avvisade den</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Din ändring ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ditt värde</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>Ditt – av {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>en annan medlem</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>borttagen eller behållen</translation>
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
        <translation>du</translation>
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
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Avbryt redigeringen</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Välj en post i listan eller tryck Ctrl+N för att lägga till en.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Redigeringsformulär</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Redigera ”{title}”</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Fält markerade med * är obligatoriska.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Lämna utan att spara?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Rätta fälten som är markerade nedan.</translation>
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
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Spara posten</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Dina ändringar i posten har inte sparats. Vill du lämna formuläret och förlora dem?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>skapad av {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>i papperskorgen</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>senast ändrad {when} av {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>inte på den här datorn än</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>ta bort</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>ta bort länken</translation>
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
        <translation>Bi&amp;lagor:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datamapp:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Textstorlek:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Gränssnitts&amp;språk:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Inbjudningskod:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>Telefon&amp;region:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>Den nya datamappen används från nästa start.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Lägg in dina egna praktikexempel, kontakter och verktyg.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>&amp;Fråga innan en synkronisering ändrar fler än:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Välj datamapp</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Anslut till en gruppserver</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Standarddatamapp</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Demoposter per samling</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Hämta när den öppnas</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Påhittade praktikexempel, kontakter och verktyg på sju språk att prova med. Du kan ta bort dem senare.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Hitta poster att länka</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Inbjudningskod</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Anslut till gruppens gemensamma arkiv med inbjudningskoden som din samordnare skickade till dig.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Behåll allt offline</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Läs in demodata</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Bara när jag ber om det</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Poster per samling:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Poster att länka</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk förvarar gruppens praktikexempel, kontakter och verktyg på den här datorn och fungerar utan uppkoppling. Hur vill du börja?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ynkronisera var:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Visa de här kolumnerna:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Börja med en tom arbetsyta</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Systemets storlek</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Skriv ett namn eller ett ord för att hitta poster</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Välkommen till RuralDesk</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>tillagd {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} av {total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n inlägg</numerusform>
            <numerusform>%n inlägg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n ämne</numerusform>
            <numerusform>%n ämnen</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ingen rubrik)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Ett ämne behöver en rubrik och ett första inlägg.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bifoga filer</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Bifoga filer…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Bifogade:</translation>
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
        <translation>Det gick inte att exportera diskussionen: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Det gick inte att spara: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Utkastet sparat</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Utkast sparat sedan {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Redigera ditt inlägg</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportera som Markdown…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exportera som PDF…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Exportera diskussionen</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Filer att bifoga till inlägget</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Filer att bifoga: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Dolt av en samordnare: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Dolt för gruppen: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Dölj diskussionen…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Dölj…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Senaste aktivitet</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Nytt &amp;ämne…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nytt ämne</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Nytt ämne…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Inga inlägg än. Skriv det första nedan.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Inga ämnen än. Starta ett med Nytt ämne; kommentarer till ett praktikexempel, ett verktyg eller en kontakt finns längst ned på dess sida.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Inte ett svar</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Inte tillåtet: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Första inlägget</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Första inlägget:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Publicera (Ctrl+Retur)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Inlägget har tagits bort</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Publicerat. Det skickas till gruppen vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svara</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Svarar på ett inlägg</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Svarar {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Visa %n tidigare inlägg</numerusform>
            <numerusform>Visa %n tidigare inlägg</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Visa igen</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Visa diskussioner</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Starta en diskussion med gruppen</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Starta en diskussion med gruppen (Ctrl+Skift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Startad av</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>Diskussionen skrevs till {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>Den tidigare versionen finns kvar i inläggets historik.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>Första inlägget… *kursiv*, **fet**, - listor, [länkar](https://…), @medlem</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Rubrik:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Version {n}, {when}, av {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Inläggets versioner</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Vad handlar det om?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Varför är det dolt? Alla ser orsaken där inlägget stod.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Dra tillbaka</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Dra tillbaka inlägget? Texten försvinner ur tråden; de tidigare versionerna finns kvar i historiken.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Dra tillbaka ditt inlägg</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Tillbakadraget av författaren.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Skriv ett inlägg… *kursiv*, **fet**, - listor, [länkar](https://…), @medlem (Ctrl+Retur publicerar)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Skriv något först.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Skriv till hela tråden i stället (Esc)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Ditt inlägg</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>diskussionens regler tillåter inte den här ändringen</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>ett inlägg behöver text</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>ett borttaget inlägg</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>redigerat</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>som svar till {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>bara en samordnare kan dölja ett inlägg eller en diskussion</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>bara författaren kan redigera eller dra tillbaka ett inlägg</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>bara medlemmen som startade en diskussion kan ändra dess rubrik, teman eller språk</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>startad av {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (dold)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · {count} nya</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(välj)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Inget datum</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Skriv och tryck Retur</translation>
    </message>
    <message>
        <source>add</source>
        <translation>lägg till</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>rensa</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>ta bort</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>att lägga till</translation>
    </message>
    <message>
        <source>type</source>
        <translation>typ</translation>
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
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Överordnat tema</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Kommentarer till</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum för samtycke</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Källa för samtycke</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Sammanhang</translation>
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
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-postadresser</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Expertområden</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>En persons fullständiga namn eller en organisations namn</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Bidragsbelopp</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansieringskälla</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Gruppmedlem</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Dold på grund av</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Svar på</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lärdomar</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Länkar</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medietyp</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Omnämnanden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Hinder (juridiska/politiska)</translation>
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
        <translation>Partner (inkl. myndigheter)</translation>
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
        <translation>Relaterade kontakter</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Relaterade verktyg</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Borttagna inlägg</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Granskarens anteckning</translation>
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
        <translation>Storlek (byte)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Startad av</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>Personens medlemsnamn i gruppen: då ingår personens inlägg i hens uppgifter</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Ort/by</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Överförbarhet</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Granskningslogg</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>&amp;Avbryt inbjudan</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Exportera allt om den här personen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>Lämna över en fil till &amp;servern…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Inbjudningar</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>B&amp;jud in någon…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Medlemmar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>&amp;Nyaste poster</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>&amp;Äldre poster</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>&amp;Personuppgifter</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Giltig i:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 vecka</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>En återkallad token slutar synkronisera direkt: den datorn behåller sin kopia men kan inte längre skicka eller ta emot. Markera de datorer som ska stängas av.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Lade till en medlem</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Frågar servern vem du är…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>På {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>På {url} · du är: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Avbryt inbjudan</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Avbryta inbjudan till {name}? Koden slutar fungera direkt; du kan bjuda in personen igen senare.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Avbröt en inbjudan</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Avbryter inbjudan…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Ändra &amp;roll…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Ändra rollen för {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Ändrade en medlem</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Ändrar rollen…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Välj filen</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierad</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Kopiera inbjudningskoden</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Skapa inbjudan</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Skapar inbjudan…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Ra&amp;dera den här personen…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Radera i varje replik</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Radera ”{name}”</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Radera ”{name}” från hela gruppen? Det går inte att ångra. Posten raderas här och skickas direkt till servern; varje medlems RuralDesk raderar den vid nästa synkronisering:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Raderade en post</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Raderar…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Allt om {name} skrevs till {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Exportera allt om {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Hitta en person</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Ge {name} den här koden. I RuralDesk väljer personen Synkronisering → Ställ in synkronisering… och klistrar in den, eller skannar bilden med en telefon och skickar den till sig själv. Den fungerar en gång, till {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Status för gruppfönstret</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Gruppen ”{group}”</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Lämna över en fil till servern</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Lämna över till servern</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Lämnar över filen till servern…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Inbjudningskod</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Inbjudningskoden som QR-kod</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Inbjudan till {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Inbjudan till {name} har avbrutits.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Inbjudan till {name} har skapats.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Bjud in någon</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Bjöd in någon</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Utfärdade en token</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Dess bilagor: inga</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Dess bilagor: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Dess historik, med de värden den haft (registrerade ändringar: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Gick med i gruppen, men token kunde inte sparas: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Gick med via en inbjudan</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Senaste synkronisering</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Länkar till den från andra poster: inga</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Länkar till den från {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Listar vad raderingen tar bort…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Läser in granskningsloggen…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Läser in medlemmens token…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Läser in medlemmarna…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Läser in öppna inbjudningar…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Medlemmarna ser det nya namnet efter nästa synkronisering; gruppens adress är densamma.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Inte ansluten till någon gruppserver.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Inte gjort: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Ändringar i filen: {total}; servern tillämpade {applied} och hade redan {already}.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Ändringar i filen: {total}; servern tillämpade {applied}, hade redan {already} och avvisade {refused}: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Bara gruppens samordnare kan bjuda in personer, ändra roller eller ta bort medlemmar. Fråga någon av dem.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Öppna inbjudningar</translation>
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
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>Ta bort &amp;från gruppen…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>&amp;Byt namn på gruppen…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Åter&amp;kalla token…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Läsare</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Ta bort {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Ta bort {name} från gruppen</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Ta bort {name} från gruppen? Personens token slutar fungera direkt och hen får inte längre gruppens poster. Allt hen lagt till eller ändrat finns kvar, under hens namn.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Tog bort en medlem</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Tar bort medlemmen…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Byt namn på gruppen</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Bytte namn på gruppen</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Byter namn på gruppen…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Återkalla</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Återkalla token för {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Återkallade en token</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Återkallar…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Skicka ändringarna i en överlämningsfil som någon har tagit med direkt till servern</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Ändringarna i filen går till servern i namnet på de personer som gjorde dem; den här datorn får dem vid nästa synkronisering, precis som alla andra. Ändringar som servern redan har tas inte med två gånger.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Koden finns i urklipp.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>Kontakten ”{name}” och alla fältvärden den haft</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>Diskussionen om den här kontakten, med dess inlägg ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Filen innehåller inga ändringar; inget skickades.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>De fem ord som du fick separat från filen.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>Gruppen heter nu ”{name}”.</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>Inbjudan ger en person en plats i gruppen. Personen klistrar in koden i RuralDesk (Synkronisering → Ställ in synkronisering…) på sin dator; den fungerar en gång.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>Personen nämns också i texten i {count} andra poster. Den texten ändras inte: granska den efter raderingen (exporten visar var).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Personens egna inlägg i gruppens diskussioner ({count}); trådarna finns kvar och visar ”inlägget har tagits bort”</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Den här medlemmen har ingen token i bruk.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Den här arbetsytan är inte ansluten till någon gruppserver. Använd Synkronisering → Ställ in synkronisering… med inbjudningskoden från din samordnare.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Återkallade token för {name}: {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Skriv ett namn, en e-postadress eller ett telefonnummer</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Vad som kommer att hända</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>När en person frågar vad gruppen har sparat om hen, eller ber om att bli bortglömd (artiklarna 15 och 17 i GDPR), hittar du personen här.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>lägger till och redigerar gruppens poster</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>som gruppen kommer att se det</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>leder gruppen: medlemmar, inbjudningar, radering</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valfritt</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>läser gruppens poster, ändrar ingenting</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>filen kan inte läsas ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>servern godtog inte den här datorns token; be din samordnare om en ny inbjudan</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>namnlös dator</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} dagar</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} veckor</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, sedan {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (du)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} är inte längre medlem; personens poster finns kvar.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} är nu: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>”{name}” raderades här; raderingen skickas till servern med den här synkroniseringen och når varje replik vid dess nästa synkronisering.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Tillämpade: {applied}. Fanns redan: {duplicates}. Att skicka vidare till servern: {held}. Avvisade: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Skrivna ändringar: {count}, till {path}.

Lösenfras (visas bara nu): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Anslut den här datorn till gruppens server en gång innan du lämnar över ändringar.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Exportera ändringar till en annan dator…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Exporterar ändringar</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Överlämningsfiler (*.rdrelay);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Importera ändringar från en fil…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Importerar ändringar</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Inget ändrades: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Avbrutet. Inget ändrades.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Filen är avkortad: den kopierades inte helt.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Filen har ändrats eller skadats efter att den skapades.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Filen låses med de här orden (ändra dem om du vill). Ge dem till den som importerar filen, separat från filen.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>Lösenfrasen öppnar inte den här filen: kontrollera orden och försök igen.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Filen innehåller ändringar från en annan grupp.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>Det här är ingen överlämningsfil från RuralDesk.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Skriv orden som filen låstes med.</translation>
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
        <translation>Ett program som fungerar offline i första hand för att ordna praktikexempel, kontakter och verktyg åt grupper inom den sociala ekonomin på landsbygden: byföreningar, kooperativ, sociala företag, mötesplatser och de myndigheter som samarbetar med dem.</translation>
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
        <translation>Användarhandbok för RuralDesk</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>Användarhandboken är inte installerad med den här kopian av RuralDesk. Den finns på {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Användarhandbok</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Arbetsyta:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Kommentarer till {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>DejaVu Sans är inte installerat: PDF-filen använder Helvetica, som inte kan skriva ut bokstäver utanför Västeuropa (polska, grekiska …); installera fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Export från Google Kontakter</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Export från Google Kontakter (Outlook-CSV)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Dolt av en samordnare: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Export från Outlook</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Telefon ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Inlägget har tagits bort</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Inlägg: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Region: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Startad av {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Export från Thunderbirds adressbok</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Tillbakadraget av författaren.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>en GIF-bild</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>en JPEG-bild</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>ett PDF-dokument, inte en tabell eller en adressbok</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>en PNG-bild</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>ett Windows-program, inte en datafil</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>ett ZIP-arkiv (ett .xlsx- eller .ods-kalkylblad?); spara det som CSV från kalkylprogrammet först</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>en fil</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>en gzip-komprimerad fil; packa upp den först</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>ett program, inte en datafil</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>ett citattecken (&quot;) på den här raden stängs aldrig</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>ett citattecken (&quot;) på den här raden stängs aldrig på samma rad</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>en cell inom citattecken har text efter det avslutande citattecknet och raden har inte lika många celler som rubrikraden</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>en andra adress importeras inte (bara en adress sparas)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>en tabell</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>en vCard-fil</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>adressens land känns inte igen</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>en SQLite-databas (använd återställning för att få tillbaka en hel arbetsyta)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>en variant (ALTID {altid}) av ett värde som redan sparats</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>ett gammalt Office-dokument (.xls eller .doc); spara det som CSV från kalkylprogrammet först</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>kan inte läsa {name}: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>kategorin är inget tema i den här arbetsytan</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>kolumn {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>redigerat {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>gruppen ”{group}” är inget tema i den här arbetsytan; importeras inte</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>har {cells} celler men rubrikraden anger {columns} kolumner; de extra cellerna skulle gå förlorade</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>som svar till {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>den innehåller en fil som inte finns i manifestet (”{file}”)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>den innehåller filen ”{file}” två gånger</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>den listar {count} bilagefiler, fler än de {limit} en säkerhetskopia får innehålla</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>den skulle packas upp till {size}, mer än de {limit} en återställning får skriva</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>dess manifest beskriver inte replikfilen korrekt</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>dess manifest anger inte antalen korrekt</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>dess manifest listar inte bilagorna korrekt</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>dess manifest är större än någon säkerhetskopias</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>dess manifest är inte en lista med namngivna värden</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>dess manifest listar bilagan {file}… två gånger</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>dess manifest anger en bilaga ”{file}” som inte är en kontrollsumma</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>språket känns inte igen</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>liknar kort {number} i den här filen ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>liknar rad {number} i den här filen ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>liknar ”{title}” som redan finns ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>namnprefix importeras inte</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>namnsuffix importeras inte</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>inget motsvarande fält</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>inget praktikexempel att skriva (sökningen eller filtren ger inga träffar); {out} skrevs inte</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>bara en adress sparas</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>bara ett namn sparas</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>bara en organisation sparas</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>bara en roll sparas</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>bara en webbadress sparas</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>telefonetiketten sparas inte (numret importeras)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>telefon {number} saknar landsnummer och ingen region är angiven att tolka det med; sparas i anteckningarna (ange arbetsytans telefonregion eller --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>telefon {number} skrivet som {written} (nummer utan landsnummer tolkas som {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>regionen ”{region}” är ingen NUTS-region vi känner till; sparas i anteckningarna</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>samma e-post {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>samma namn</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>samma telefon {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>liknande namn ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>kalkylblad (kolumner matchas efter namn)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>filnamnet ”{file}” pekar utanför säkerhetskopian</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>sista raden är avkortad (färre celler än rubrikraden och inget radslut): filen verkar vara avklippt</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>raden kan inte läsas ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>arbetsytan {path} är inte tom ({count} poster); återställ bara till en tom arbetsyta (välj en ny)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>det här kortet exporterades från den här arbetsytan och kontakten finns kvar (samma UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>okänd teckenkodning {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} värden)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} kan inte återställas säkert: {reason}; inget ändrades</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>{name} har ingen rubrikrad (första raden ska ange kolumnerna)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} innehåller en skadad replik ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} är UTF-8 utom på rad {line} (byte {byte}), som har en annan teckenkodning: två teckenkodningar är blandade i samma fil; rätta raden eller välj teckenkodning för hela filen</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} är en binärfil, inte text (den innehåller NUL-byte)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} är en binärfil, inte text (den innehåller NUL-byte, första gången på rad {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} är skadad ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} är skadad: bilagan {file}… stämmer inte med sin kontrollsumma</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} är skadad: repliken i den stämmer inte med sin kontrollsumma</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} är skadad: ”{file}” är kortare än manifestet anger</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} är tom</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} har ingen teckenkodning vi kan läsa exakt (inte UTF-8, UTF-16, en Windows- eller ISO 8859-teckentabell eller Shift-JIS); spara den igen som UTF-8</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} är ofullständig: {count} filer saknas (första: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} är ingen säkerhetskopia från RuralDesk (inte en ZIP-fil); den kan vara avklippt</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} är ingen säkerhetskopia från RuralDesk eller är skadad ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} är ingen säkerhetskopia av en RuralDesk-arbetsyta</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} är ingen vCard-fil (den ska börja med BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} är ingen giltig vCard-fil: kort {number} är trasigt ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} är inte giltig UTF-16-text; den kan vara avklippt eller skadad</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} är inte giltig UTF-32-text; den kan vara avklippt eller skadad</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} är ändå inte {encoding}-text (byte {byte}); spara den igen som UTF-8</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} är inte {encoding}-text: rad {line} innehåller byte som inte kan läsas (byte {byte}); välj en annan teckenkodning</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} är {size}, mer än de {limit} som {what} får vara; dela upp den i mindre filer</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} är {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} behöver {size} ledigt diskutrymme och bara {free} är ledigt; inget ändrades</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} börjar som UTF-8 men rad {line} innehåller byte som inte är UTF-8 (byte {byte}); den kan vara skadad – spara den igen som UTF-8</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} skapades av en nyare RuralDesk (säkerhetskopieformat {version}); uppdatera RuralDesk för att återställa den</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, rad {line}: en cell inom citattecken har text efter det avslutande citattecknet ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, rad {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: ett citattecken (&quot;) som öppnas nära rad {line} stängs aldrig; filen verkar vara avklippt eller skadad</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: kort {number} avslutas aldrig (END:VCARD saknas); filen verkar vara avklippt</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: teckenkodningen är osäker, filen läses olika som {shown}; välj en (till exempel --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>{path} kan inte läsas ({reason}); återställ till en ny arbetsyta</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} finns inte</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} är en mapp, inte {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} är ingen tom arbetsyta</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} importeras inte: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: {count} tecken i en skrift som typsnittet inte kan visa ({scripts}) utelämnades i PDF-filen</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>”{file}” anger en storlek som dess komprimerade data inte kan ha (en zip-bomb?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>”{file}” är en länk eller en mapp, inte en fil</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>”{file}” är krypterad eller komprimerad på ett sätt som RuralDesk inte använder</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>”{file}” har inte den storlek som manifestet anger</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>”{file}” packas upp till mer än sin angivna storlek (en zip-bomb?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>”{number}” är inget telefonnummer vi kan läsa; sparas i anteckningarna</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>”{value}” är inget land (använd ett namn eller en ISO 3166-kod som SE)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>”{value}” är inget datum (använd ÅÅÅÅ-MM-DD eller DD/MM/ÅÅÅÅ)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>”{value}” är inget språk (använd ett namn eller en ISO 639-kod som sv)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>”{value}” är inget språk (använd en ISO 639-kod som sv)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>”{value}” är inget tal</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>”{value}” är inget post-id</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>”{value}” är inget tema i den här arbetsytan</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>”{value}” är inget heltal</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>”{value}” är inte något av: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Alla länder</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Alla regioner</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Alla teman</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Rensa filtren</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filtrera på {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>I papperskorgen: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Sammanfattning av listan</translation>
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
        <translation>Resultat: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Resultat: {shown} av {total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Spara sökning…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Spara den här sökningen</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Markerade: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Skriv för att söka bland praktikexempel, kontakter, verktyg och teman.</translation>
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
        <translation>B&amp;ifoga filer…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Bakåt</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Kolumner…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Kopiera diagnostikinformation</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Länka till…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>Klistra in som &amp;bilaga</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ins&amp;tällningar…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synkronisering</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Lägg till en post i listan som visas</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Lade till ”{title}”</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bifoga filer</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Bifogade: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Bilagan finns inte här än</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Hämta tillbaka de markerade posterna från papperskorgen</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Ändringar som väntar på att delas</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Ändringar som väntar på att delas: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Välj ett praktikexempel eller ett verktyg att bifoga filer till.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Kopiera filer till arbetsytan och bifoga dem</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Det gick inte att bifoga</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Det gick inte att spara</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Ta bort sparad sökning</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Diagnostikinformationen har kopierats. Klistra in den i ditt meddelande till den som hjälper dig; den innehåller inga namn eller innehåll.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Redigera posten som visas</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>Töm &amp;papperskorgen…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Töm papperskorgen</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Tömmer papperskorgen</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Radera allt i papperskorgen från den här datorn? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Raderade från den här datorn: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>För en supportbegäran: versioner och storlekar, aldrig namn eller innehåll</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Gå till &amp;listan</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Länka den här posten till kontakter, verktyg eller praktikexempel</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Länka ”{title}” till…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Flytta de markerade posterna till papperskorgen</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Flyttade till papperskorgen: {count}. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Navigering</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Inga ändringar väntar på att delas</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Inga sparade sökningar än. Skriv i sökrutan och välj sedan Spara sökning under filtren.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Åter&amp;ställ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Återställda: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Spara sökning</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Sparade sökningen ”{name}”</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Sparade ”{title}”</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Sök i allt</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Sök i allt (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Markera &amp;alla</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Visa &amp;loggmappen</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Visa {what}</translation>
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
        <translation>Posten finns inte längre.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>Urklippet innehåller ingen fil eller bild att bifoga.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Filen finns inte på den här datorn än. Den kommer med nästa synkronisering.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papperskorg</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Diskussioner</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Hittad i</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Sparade sökningar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Att granska</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papperskorg</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Nyheter</translation>
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
            <numerusform>%n ändrad kontakt</numerusform>
            <numerusform>%n ändrade kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n ändrat praktikexempel</numerusform>
            <numerusform>%n ändrade praktikexempel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n ändrat verktyg</numerusform>
            <numerusform>%n ändrade verktyg</numerusform>
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
            <numerusform>%n ändrat inlägg</numerusform>
            <numerusform>%n ändrade inlägg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n ny kontakt</numerusform>
            <numerusform>%n nya kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n nytt inlägg</numerusform>
            <numerusform>%n nya inlägg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n nytt praktikexempel</numerusform>
            <numerusform>%n nya praktikexempel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n nytt verktyg</numerusform>
            <numerusform>%n nya verktyg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n inlägg</numerusform>
            <numerusform>%n inlägg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n praktikexempel</numerusform>
            <numerusform>%n praktikexempel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n post som andra har delat sedan din senaste granskning.</numerusform>
            <numerusform>%n poster som andra har delat sedan din senaste granskning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n verktyg</numerusform>
            <numerusform>%n verktyg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n oläst</numerusform>
            <numerusform>%n olästa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Bifoga filer: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Det gick inte att ångra eller göra om: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Skapa ”{title}”</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Ta bort poster: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Ta bort ”{title}”</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Redigera ”{title}”</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Länka ”{title}”</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Inte ångrat: {fields} i ”{title}” har ändrats sedan dess av någon annan (det kom med den senaste synkroniseringen). Deras värde står kvar; ändra det för hand om ditt ska gälla.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Inte ångrat: ”{title}” har sedan dess flyttats till eller från papperskorgen av någon annan (det kom med den senaste synkroniseringen). Den förblir som den är.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Ta bort bilagan {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Återställ poster: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Återställ ”{title}”</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Ta bort länken till ”{title}”</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Datorer i närheten som erbjuder synkronisering:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>&amp;Erbjud synkronisering till en dator i närheten…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Den här datorns adress</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>Anslut och s&amp;ynkronisera</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Välj en dator i listan eller skriv dess adress så som den visas där (till exempel 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Välj datorn som erbjuder synkronisering (Synkronisering → Erbjud synkronisering till en dator i närheten… på den) och skriv koden som den visar.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Om den här datorn inte finns i listan där, anslut via adress: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Låt en dator i din grupp på samma nätverk synkronisera med den här, utan servern eller internet</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Letar efter datorer i din grupp på det här nätverket…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Erbjud synkronisering till en dator i närheten</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>På den andra datorn (samma wifi eller mobila surfzon, samma grupp) väljer du Synkronisering → Synkronisera med en dator i närheten…, väljer den här datorn och skriver den här koden:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Eller anslut via &amp;adress:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>&amp;Parkopplingskod:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Parkopplingskod</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Avbrutet. Inget tillämpades till hälften.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Synkronisera med en dator i &amp;närheten…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Synkronisera med en dator i din grupp som erbjuder det på samma nätverk</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Synkronisera med en dator i närheten</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Synkroniserade med ”{name}”: {received} ändringar mottagna, {sent} skickade.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>Det är inte koden som visas på den andra datorn; inget ändrades.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>Det är inte koden som visas på den andra datorn; inget ändrades. Försök kvar: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>Koden har sex siffror, så som den visas på den andra datorn.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>Anslutningen till den andra datorn bröts ({reason}). Inget tillämpades till hälften; försök igen.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>Anslutningen bröts före slutet; inget tillämpades till hälften. Väntar fortfarande på en dator i din grupp…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>Den andra datorn svarade på ett sätt som den här versionen inte förstår ({reason}). Inget ändrades.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>Den andra datorn tillhör en annan grupp; bara datorer i samma grupp kan synkronisera. Inget ändrades.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>Den andra datorn avslutade sitt erbjudande efter för många felaktiga koder. Be om ett nytt erbjudande där; inget ändrades.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>Det här nätverket låter inte datorer hitta varandra: anslut via adress på den andra datorn: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>Det här nätverket låter inte datorer hitta varandra: skriv adressen som visas på den andra datorn.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Den här arbetsytan ingår inte i någon grupp än. Ställ in synkronisering med gruppservern en gång (Synkronisering → Ställ in synkronisering…); därefter kan den även synkronisera med datorer i närheten.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Väntar på en dator i din grupp…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>{count} sparas till nästa synkronisering med servern, som känner till datorn som signerade dem.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>{count} avvisades (signaturen stämde inte).</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>”{name}” tillhör en annan grupp; den kan inte synkronisera med den här datorn. Väntar fortfarande…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>”{name}” har anslutit; kontrollerar koden…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>”{name}” skrev fel kod; inget ändrades. Försök kvar: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>”{name}” skrev rätt kod; synkroniserar…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera alla</translation>
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
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
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
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiera &amp;länkadress</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera alla</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Markera alla som granskade</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Lägg till en &amp;anteckning…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Välj en post i listan först.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Inget att granska: allt som andra har delat är granskat.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Granskarens anteckning</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Granskarens anteckning: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Delad av</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Delade poster att granska</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Att granska</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Skriv en granskaranteckning till den valda posten</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Din anteckning om ”{title}” följer med posten till alla i gruppen. Bara samordnare kan skriva den.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, senast ändrad {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Det gick inte att läsa in demodata: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Demodata har lästs in.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Läser in demodata</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Inläsningen av demodata avbröts; det som redan lästs in finns kvar.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>Den nya datamappen används från nästa start.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Ett annat RuralDesk-fönster arbetar redan med den här arbetsytan ({path}). Växla till det fönstret, eller stäng det och försök igen.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Välj en mapp för din arbetsyta</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Välj en annan mapp…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Bara {free} MB är ledigt där din arbetsyta finns ({path}). RuralDesk kanske inte kan spara dina ändringar. Frigör utrymme (töm datorns papperskorg, ta bort stora filer) och fortsätt sedan.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk är redan öppet</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk förvarar din arbetsyta i {folder} men kan inte skriva där ({reason}). Välj en annan mapp som du kan skriva i, till exempel en under Dokument.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Visa säkerhetskopiorna</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Datamappen kan inte användas</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>Disken är nästan full</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>Mappen {folder} är skrivskyddad. Välj en annan mapp som du kan skriva i.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Arbetsytan kan inte öppnas</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk gör automatiska säkerhetskopior av din arbetsyta i {backups}. Du kan återställa en genom att kopiera den över den skadade filen.</translation>
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
        <translation>K&amp;oppla från servern…</translation>
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
        <translation>&amp;Inbjudningskod:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ditt namn:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Bilagan finns inte här än</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Bilagan finns inte på servern</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Väntande ändringar: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Kontrollera och spara</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Konflikter: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Ansluten. Din token förvaras i {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Anslutningskontroll</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Det gick inte att hämta</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Det gick inte att spara token: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Koppla från servern</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Hämtar bilagan</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Ange serverns adress (som börjar med https://) och gruppen.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Ange den token som din samordnare gav dig.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Allt är sparat på den här datorn. Använd Synkronisering → Ställ in synkronisering… för att dela det med din grupp.</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Gruppen ”{group}” på {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Inbjudningskod</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Går med i gruppen…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Stor ändring från servern</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Inte sparat: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Inte synkroniserad än</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Olösta konflikter</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Eller, med en personlig token:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Klistra in inbjudningskoden som din samordnare skickade: den innehåller serverns adress och gruppen. Har du en personlig token i stället lämnar du fältet tomt och fyller i fälten nedan. Token förvaras i systemets lösenordshanterare om det finns en, annars i en fil som bara du kan läsa.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Lös…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>S&amp;toppa synkroniseringen</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Skicka dina ändringar till gruppservern och hämta alla andras</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adress:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>Ställ &amp;in synkronisering…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Ställ in synkronisering</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Sluta synkronisera den här arbetsytan med gruppservern? Dina poster stannar på den här datorn; ändringar som inte skickats än fortsätter att vänta. Du kan ställa in synkronisering igen senare.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Synkroniserar… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>Gruppservern har inte filen än: personen som bifogade den har inte synkroniserat sedan dess.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>Gruppservern avvisade en ändring i den här posten ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Gruppserverns ändringar skulle flytta {deletes} poster till papperskorgen, radera {erasures} och ändra {overwrites} – {total} av dina {records} poster ({share}).

Det kan vara rätt (någon har städat bland de gemensamma posterna) eller ett misstag. Vill du tillämpa ändringarna nu?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Gruppens medlemmar; för samordnare även inbjudningar, roller och begäranden om personuppgifter</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Filen finns inte på den här datorn, och arbetsytan är inte ansluten till någon gruppserver.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Posten har en konflikt ({fields}): två personer ändrade den samtidigt.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Den här arbetsytan innehåller demodata. Demodata är påhittade och lämnar aldrig den här datorn, så de kan inte delas med din grupp.

Vill du använda en ny, tom arbetsyta för gruppens poster? Demoarbetsytan förblir som den är.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Uppdaterad · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Arbetar offline: ingen gruppserver ansluten</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Du är nu i den nya, tomma arbetsytan ”{name}”. Demoarbetsytan förblir som den är.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>en fil som bara du kan läsa ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>kontrollerar servern</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>det gick inte att nå servern</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>det gick inte att nå servern: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>ange en ny token under Synkronisering → Ställ in synkronisering…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>sparad sedan tidigare; skriv för att ersätta den</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>senast synkroniserad kl. {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>valfritt: ditt namn som gruppen känner dig</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>tryck F5 för att försöka igen</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>tar emot bilagor</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>tar emot ändringar</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>sparar det som kommit</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>skickar bilagor</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>skickar ändringar</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>ställ in synkronisering i en ny, tom arbetsyta</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>något gick fel</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>något gick fel ({reason}); detaljerna finns i loggen</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>avbryter</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>servern godtog inte den här token för den här gruppen; kontrollera den eller be din samordnare om en ny</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>servern godtog inte din token</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>servern godtog inte din token; be din samordnare om en ny och ange den under Synkronisering → Ställ in synkronisering…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>servern avvisade begäran</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>servern avvisade begäran: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>systemets lösenordshanterare</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>den här arbetsytan innehåller demodata, som aldrig lämnar den här datorn; ställ in synkronisering i en ny, tom arbetsyta</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>den här arbetsytan innehåller demodata, som aldrig synkroniseras</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>försöker igen kl. {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>du valde att inte tillämpa serverns stora ändring</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>du avbröt den</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} av {total}</translation>
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
        <translation>Agroekologi</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Samskapande med myndigheter</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Samhällsbaserade transporter</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Plattformskooperativ</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Utbildning och service</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Energigemenskaper</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Företagsutveckling och sysselsättning</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Hälso- och sjukvård</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Lokalt företagande</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilitet</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Politiska och rättsliga ramar</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Korta livsmedelskedjor</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Social inkludering</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Solidaritetsnätverk</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Hållbart jordbruk och livsmedel</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Arbetsintegrering</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>&amp;Säkerhetskopiera arbetsytan till en fil…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Kontakter att sammanfoga (markerade):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Teckenkodning:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Radera permanent</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
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
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behåll:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Sammanfoga</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Öppna kontakten</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Öppna posten</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>&amp;Praktikexempelblad…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Läs den så här</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Poster:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>&amp;Återställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Avgränsare:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Använd det här landet</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(identifierad)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(oläslig)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(inget att jämföra)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; – {size}, {count} kolumner</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>En .vcf-fil som adressböcker och telefoner kan läsa.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>En säkerhetskopia kan bara återställas till en tom arbetsyta, och den här innehåller redan {practices} praktikexempel, {contacts} kontakter och {tools} verktyg. Inget ändrades.

För att återställa väljer du en ny, tom datamapp under Arkiv → Inställningar, startar om RuralDesk och återställer där.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Ett utskrivbart blad (PDF eller Markdown) för praktikexemplet som visas, eller för flera</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Ett blad att skriva ut eller dela: de viktigaste fakta, vad som gjordes, vad man lärde sig och vem man kan fråga. Rubrikerna är på varje praktikexempels språk.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>En synkronisering pågår. Vänta tills den är klar och återställ sedan igen.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Bilagor som inte finns på den här datorn (de förvaras på gruppservern) ingår inte i säkerhetskopian: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Säkerhetskopiera arbetsytan</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Säkerhetskopierade {records} poster och {files} bilagefiler till {path}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Säkerhetskopierar till {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Säkerhetskopian är klar</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Säkerhetskopian är återställd</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Säkerhetskopior (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Säkerhetskopior (*.zip);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Återställ en säkerhetskopia till en tom arbetsyta</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Hämta in kontakter, praktikexempel eller verktyg från en CSV/TSV-tabell eller en vCard-fil</translation>
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
        <translation>Lästa kort: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Kort med problem: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Kontrollerar {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Välj teckenkodning</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Välj vilket fält varje kolumn ska till, eller hoppa över den.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Kolumner som inte importeras: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Filens kolumner</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Kommatecken ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Kontakt att behålla</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Kontakter som verkar vara samma person eller organisation, att sammanfoga</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Kontakter att sammanfoga</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Telefonnumrens land</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Radera kontakten permanent, överallt, och lista omnämnandena som behöver granskas</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Dubbelklicka för att öppna kontakten som redan finns</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Dubblettkontakter</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Ra&amp;dera den här personen…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>E&amp;xportera allt om den här personen…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Radera permanent</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Radera den här personen</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Radera ”{name}” och allt som finns sparat om personen?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>Raderar {name}</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Alla kontakter i listan ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Alla praktikexempel i listan ({count}), i ett dokument</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Alla rader måste vara korrekta innan något importeras. Rätta raderna i filen och importera den igen, eller importera bara de giltiga raderna.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Allt om ”{name}” sparades i {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Allt i den här arbetsytan, bilagor inräknade, i en fil</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Excel i Windows visar bokstäver som å, ä och ö korrekt bara med den här markeringen</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Exportera kontakter som &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Exportera kontakter som vCard</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Exportera allt om den här personen</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Exportera listan som &amp;CSV…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Exportera listan som CSV</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportera:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Exporterade {count} kontakter till {path}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Exporterade {count} poster till {path}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Exporterar till {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fil att importera</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Hitta &amp;dubbletter bland kontakter…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Hittad</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Grupper av troliga dubbletter</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Importera &amp;som:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Importera en tabell</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Importdetaljer</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Iakttagelser vid importen</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importera till</translation>
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
        <translation>Importera kolumnen ”{name}” till</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Importera raderna utan problem och hoppa över de andra</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Importera bara giltiga rader</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Importera bara giltiga rader ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importerade: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Importerade: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Importerar {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Det fungerade inte: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Dess länkar tas bort från {count} länkade poster.</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Dess tidigare värden rensas bort ur ändringshistoriken.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Letar efter dubblettkontakter</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Liknar</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdown-text</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>Omnämnanden av personens namn, e-postadresser eller telefonnummer i andra posters text ändras inte: du får en lista över dem att granska efteråt.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Omnämnanden att granska</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Sammanfoga kontakter</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Sammanfoga de markerade kontakterna med den som behålls</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>Sammanfogade {count} kontakter till en; poster som länkats om: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Namnen som {encoding} läser dem</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Ingen säkerhetskopia gjordes: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Ingen kolumn är kopplad till ett fält än: välj minst en.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Inga troliga dubbletter</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Inga troliga dubbletter hittades.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Ingen annan post länkar till den.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Ingen telefonregion är angiven för den här arbetsytan.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Importeras inte ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Importerades inte: inget land valdes för telefonnumren i {name}. Inget ändrades.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Importerades inte: ingen teckenkodning valdes för {name}. Inget ändrades.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Inte angiven (frågas vid behov)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Obs</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Inget raderades: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Inget exporterades: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Inget importerades.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Inget importerades: filen innehåller inga poster.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Inget importerades: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Inget återställdes: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Bara de giltiga raderna importerades; raderna nedan hoppades över.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Öppna den markerade kontakten</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Öppna den markerade posten</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Telefonnummer utan landsnummer</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Telefonnummer utan landsnummer tolkas som {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Telefonregion</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Möjliga dubbletter</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Möjliga dubbletter ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Finns kanske redan: {count} (se ”Möjliga dubbletter”)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Praktikexempelblad</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Praktikexempelblad som skrivits: {count}, i {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Förhandsgranskning av importen</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Sammanfattning av förhandsgranskningen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problem ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Egenskap</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Läs som {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Läst som: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Läser filen igen…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Läser {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Känd export</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Identifierad: &lt;b&gt;{preset}&lt;/b&gt;. Dess kolumner är kopplade nedan; kontrollera dem innan du importerar.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Återställa {count} poster från {name} (gjord {date}) till den här tomma arbetsytan?</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Återställde {records} poster och {files} bilagefiler från {name}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Återställer {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Förhandsgranskade rader: {count}; alla är klara att importera.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Förhandsgranskade rader: {count}; med problem: {bad}. Rätta dem i filen eller ändra kolumnerna ovan.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Lästa rader: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Rader med problem: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Spara listan som visas, med dess kolumner och filter, som en tabell</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Spara de markerade kontakterna, eller hela listan, för en adressbok eller en telefon</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Visa en kontakt först.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Visa ett praktikexempel eller listan över praktikexempel för att göra blad av dem.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Visa kontakterna (eller sök efter några) och markera dem som ska exporteras.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Avbrutet: {what}. Inget ändrades.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Tabeller och adressböcker (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>Valet kan fortfarande ändras under ”Teckenkodning” i nästa steg.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Kontakten raderas permanent från den här datorn: den hamnar inte i papperskorgen och det går inte att ångra.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>Kontakten, dess historik och alla poster som länkar till eller nämner den, som JSON</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Kontakterna exporterades inte: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Kontakterna sammanfogades inte: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Landet för telefonnummer som skrivs utan landsnummer, för den här arbetsytan</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Filen kan inte förhandsgranskas: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Filen kan inte läsas på det sättet: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>De första raderna så som de kommer att sparas. Rader med problem är markerade; importen stoppas om någon rad i filen har ett problem.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>Bokstäverna i {name} kan läsas på mer än ett sätt, och vi kan inte avgöra vilket som är rätt. Välj kolumnen där namnen är rätt skrivna.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>Listan exporterades inte: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>Telefonregionen sparades inte: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>Praktikexemplet som visas: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>Posterna som sökningen hittade, med de kolumner som listan visar för deras typ.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>Sökningen efter dubbletter avbröts: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>Sökningen hittade inget att exportera.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>De markerade kontakterna ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>De markerade praktikexemplen ({count}), i ett dokument</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>Bladet skrevs inte: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>Papperskorgen kan inte exporteras. Välj praktikexempel, kontakter, verktyg eller teman.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Kontakterna verkar vara samma person eller organisation. Sammanfogningen behåller en kontakt, fyller dess tomma fält från de andra, flyttar alla länkar och bilagor till den och flyttar de andra till papperskorgen (de kan återställas).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Filen kan inte importeras: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Filen kan inte återställas: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Frågan ställs en gång och sparas för arbetsytan; du ändrar den under Arkiv → Inställningar. Nummer med landsnummer, och rader som anger ett land, läses som de är.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Raden har ett problem</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Arbetsytan delas inte med någon gruppserver; kopior på andra ställen (säkerhetskopior, exporter) påverkas inte.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Arbetsytan är delad: raderingen skickas till gruppservern vid nästa synkronisering, och varje medlems kopia raderar den också.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 med &amp;BOM, för Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 med BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 med BOM, för Excel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Lodstreck ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Vänta tills det pågående arbetet (en import, en export) är klart och återställ sedan igen.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Varningar ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Vad radering innebär</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Varför de liknar varandra</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Varför: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Skriver {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>kolumn {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>skapad {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>home</source>
        <translation>hem</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annat</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>praktikexempelblad</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>den här filen</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (äldre telefoner)</translation>
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
        <translation>arbete</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} innehåller telefonnummer utan landsnummer (till exempel ”{example}”) på rader som inte anger något land. Vilket land gäller de?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} – {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: alla poster som listan visar ({count}), med dess filter, ordning och synliga kolumner.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: {count} hittade</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>– hoppa över –</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>”{name}” har raderats.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>”{name}” har raderats. Ingen annan post nämner personen i sin text.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>”{name}” har raderats. De här posterna nämner fortfarande personen i sin text. Öppna var och en och ta bort eller formulera om omnämnandet där det är en personuppgift.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Ange valutan för bidragsbeloppet</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>Regionen {value} ligger inte i {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Slutdatumet är före startdatumet</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Okänt fält ”{value}”</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label} får inte vara ett negativt tal</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} måste fyllas i</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label}: för lång text ({length} tecken, högst {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label} måste vara en lista</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label} måste vara en lista med text</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label} måste vara ett tal, inte ”{value}”</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label} måste vara ett heltal</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label} måste vara text</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: varje post behöver ett värde</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>”{value}” är ingen NUTS-regionkod</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>”{value}” är inget datum (använd ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>”{value}” är inget telefonnummer (använd +landsnummer, t.ex. +46 8 000 00 00)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>”{value}” är inget möjligt telefonnummer</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>”{value}” är inget post-id</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>”{value}” är ingen giltig e-postadress</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>”{value}” är ingen webbadress (den ska börja med https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>”{value}” är ingen ISO 3166-landskod</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>”{value}” är ingen ISO 4217-valutakod</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>”{value}” är ingen ISO 639-språkkod</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>”{value}” är inte något av: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Nyheter</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>Av {who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Ändrad kontakt: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Ändrat praktikexempel: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Ändrat verktyg: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Allt här är läst.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Första synkroniseringen: {items} från din grupp</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Markera &amp;alla som lästa</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Markera allt i Nyheter som läst</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Ny kontakt: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Nytt praktikexempel: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Nytt verktyg: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Inget nytt från din grupp än. När andra lägger till eller ändrar praktikexempel, kontakter eller verktyg visas de här efter en synkronisering.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Bara &amp;olästa</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Posten finns inte längre.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Oläst: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Det som kommit från din grupp</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Vad din grupp har lagt till eller ändrat sedan du tittade sist</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Nyheter</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>I går</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>någon</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} från din grupp</translation>
    </message>
</context>
</TS>
