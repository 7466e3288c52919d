<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mt_MT" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Agħlaq</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>L-ebda programm ma jista’ jiftaħ dan il-fajl</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Issejvja kopja</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Issejvja kopja…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Dan il-kompjuter m’għandu l-ebda programm li jiftaħ “{name}”. Tista’ tissejvja kopja u tiftaħha aktar tard b’programm li tagħżel int.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Servizz ta’ pariri</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Awtorità pubblika</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Ħażina</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Koperattiva komunitarja</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Fondazzjoni komunitarja</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Kunsens</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kuntratt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Abbozz</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Servizz ta’ finanzjament</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Tajba</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Linja gwida</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Dar</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obbligu legali</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Interessi leġittimi</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Kunsill lokali</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodoloġija</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Imħallta</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazzjoni</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Oħrajn</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persuna</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Rakkomandazzjoni ta’ politika</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Kompitu ta’ interess pubbliku</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Awtorità reġjonali</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Kondiviża</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Intrapriża soċjali</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Servizz ta’ appoġġ</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mudell</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Spazju komunitarju</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Sett ta’ għodod</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Taħriġ</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Għaqda tar-raħal</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Interessi vitali</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Irtirat</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Xogħol</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Intrapriża ta’ integrazzjoni fix-xogħol</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Anness</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Annessi</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kuntatt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kuntatti</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussjoni</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Diskussjonijiet</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Kuntatti marbuta</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Prattiki marbuta</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Għodod marbuta</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Kuntatt ġdid</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Prattika ġdida</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Tema ġdida</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Għodda ġdida</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Messaġġ</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Messaġġi</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Prattika</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Prattiki</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Għodda</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Għodod</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Warrab</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>Ħallih im&amp;ħassar</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Valur magħqud (editja, imbagħad issejvja):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Iftaħ ir-rekord</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>I&amp;rrestawra r-rekord</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>Issejvja l-valur &amp;magħqud</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(vojt)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(mingħajr titlu)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Kunflitti</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Żomm &amp;tiegħi</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Żomm tagħ&amp;hom</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Valur magħqud</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>L-ebda kunflitt: il-bidliet kollha tal-grupp tiegħek qablu ma’ xulxin.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Mhux issejvjat: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Kunflitti miftuħa</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Rifjutat: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Solvut: “{title}” — {field}. L-għażla tiegħek tinqasam mal-grupp fis-sinkronizzazzjoni li jmiss.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Il-valur tagħhom</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>Tagħhom — minn {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Meta żewġ persuni biddlu l-istess ħaġa qabel ma ssinkronizzaw, is-server tal-grupp żamm valur wieħed u warrab l-ieħor. Agħżel x’għandu jgħid ir-rekord; l-għażla tiegħek tinqasam ma’ kulħadd fis-sinkronizzazzjoni li jmiss.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Għaliex is-server irrifjutaha</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Il-bidla tiegħek ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Il-valur tiegħek</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>Tiegħek — minn {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>membru ieħor</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>imħassar jew miżmum</translation>
    </message>
    <message>
        <source>no</source>
        <translation>le</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>il-grupp</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>iva</translation>
    </message>
    <message>
        <source>you</source>
        <translation>int</translation>
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
        <translation>(mingħajr titlu)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ikkanċella</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Ikkanċella l-editjar</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Agħżel rekord mil-lista, jew agħfas Ctrl+N biex iżżid wieħed.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Dettalji</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Formola tal-editjar</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Editja “{title}”</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Il-kaxxi mmarkati b’* huma obbligatorji.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Toħroġ mingħajr ma tissejvja?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Jekk jogħġbok ikkoreġi l-kaxxi mmarkati hawn taħt.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problema f’{field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obbligatorju</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Issejvja</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Issejvja r-rekord</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Il-bidliet tiegħek f’dan ir-rekord mhumiex issejvjati. Toħroġ mill-formola u titlifhom?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>maħluq minn {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>fil-barmil</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>l-aħħar bidla {when} minn {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>għadu mhux fuq dan il-kompjuter</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>neħħi</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>aqla’ r-rabta</translation>
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
        <translation>&amp;Annessi:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Ibbrawżja…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Folder tad-data:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>Daqs tat-&amp;test:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Lingwa tal-interfaċċja:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Kodiċi tal-istedina:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>&amp;Reġjun tat-telefown:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>Il-folder il-ġdid tad-data jintuża mill-bidu li jmiss.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Żid il-prattiki, il-kuntatti u l-għodod tiegħek.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>&amp;Staqsi qabel ma sinkronizzazzjoni tbiddel aktar minn:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ikkanċella</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Agħżel il-folder tad-data</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonni</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Ikkonnettja ma’ server tal-grupp</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder tad-data</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Folder tad-data awtomatiku</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Rekords tad-demo għal kull kollezzjoni</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Niżżel meta jinfetaħ</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Prattiki, kuntatti u għodod fittizji f’seba’ lingwi, biex tipprova l-programm. Tista’ tħassarhom aktar tard.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Sib rekords biex torbot</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kodiċi tal-istedina</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Ingħaqad mar-repożitorju kondiviż tal-grupp tiegħek bil-kodiċi tal-istedina li bagħatlek il-koordinatur tiegħek.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Żomm kollox offline</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Tella’ data tad-demo</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Biss meta nitlob jien</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Rekords għal kull kollezzjoni:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Rekords biex torbot</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk iżomm il-prattiki, il-kuntatti u l-għodod tal-grupp tiegħek fuq dan il-kompjuter, u jaħdem mingħajr konnessjoni. Kif tixtieq tibda?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>Issinkronizza &amp;kull:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Issettjar</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Uri dawn il-kolonni:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Ibda bi spazju tax-xogħol vojt</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Qed jieqaf…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Il-lingwa tas-sistema</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Id-daqs tas-sistema</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Ikteb isem jew kelma biex issib rekords</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Merħba f’RuralDesk</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>miżjud {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} minn {total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n messaġġ</numerusform>
            <numerusform>%n messaġġi</numerusform>
            <numerusform>%n messaġġ</numerusform>
            <numerusform>%n messaġġ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n suġġett</numerusform>
            <numerusform>%n suġġetti</numerusform>
            <numerusform>%n suġġett</numerusform>
            <numerusform>%n suġġett</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(mingħajr titlu)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(mhux mogħti)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Suġġett jeħtieġ titlu u messaġġ tal-ftuħ.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Ehmeż fajls</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Ehmeż fajls…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Mehmuża:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kummenti</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Kummenti (%n)</numerusform>
            <numerusform>Kummenti (%n)</numerusform>
            <numerusform>Kummenti (%n)</numerusform>
            <numerusform>Kummenti (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Id-diskussjoni ma setgħetx tiġi esportata: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Ma setax jiġi ssejvjat: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>L-abbozz inżamm</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Abbozz miżmum minn {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editja</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Editja l-messaġġ tiegħek</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Esporta bħala Markdown…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Esporta bħala PDF…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Esporta d-diskussjoni</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Fajls li se jiġu mehmuża ma’ dan il-messaġġ</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Fajls li se jiġu mehmuża: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Moħbi minn koordinatur: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Moħbi mill-grupp: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Aħbi</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Aħbi d-diskussjoni…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Aħbi…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingwa</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingwa:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>L-aħħar attività</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>S&amp;uġġett ġdid…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Suġġett ġdid</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Suġġett ġdid…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Għad m’hemmx messaġġi. Ikteb l-ewwel wieħed hawn taħt.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Għad m’hemmx suġġetti. Ibda wieħed b’Suġġett ġdid; il-kummenti fuq prattika, għodda jew kuntatt jinsabu f’qiegħ il-paġna tagħhom.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Mhux tweġiba</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Mhux permess: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Messaġġ tal-ftuħ</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Messaġġ tal-ftuħ:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Ippubblika</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Ippubblika (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Messaġġ imneħħi</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Ippubblikat. Jasal għand il-grupp fis-sinkronizzazzjoni li jmiss.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Messaġġi</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Wieġeb</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Qed twieġeb għal messaġġ</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Qed twieġeb lil {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Uri %n messaġġ preċedenti</numerusform>
            <numerusform>Uri %n messaġġi preċedenti</numerusform>
            <numerusform>Uri %n messaġġ preċedenti</numerusform>
            <numerusform>Uri %n messaġġ preċedenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Erġa’ uri</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Uri d-diskussjonijiet</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Ibda diskussjoni mal-grupp</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Ibda diskussjoni mal-grupp (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Bdieh</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>Id-diskussjoni nkitbet f’{path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>Il-verżjoni preċedenti tibqa’ fl-istorja tal-messaġġ.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>Il-messaġġ tal-ftuħ… *enfasi*, **grassett**, - listi, [links](https://…), @membru</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titlu:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Suġġett</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Suġġetti</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Verżjoni {n}, {when}, minn {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Verżjonijiet tal-messaġġ</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Dwar xiex inhu?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Għaliex huwa moħbi? Kulħadd jara r-raġuni f’postu.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Irtira</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Tirtira dan il-messaġġ? It-test tiegħu jitneħħa mill-kitba; il-verżjonijiet preċedenti jibqgħu fl-istorja tiegħu.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Irtira l-messaġġ tiegħek</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Irtirat mill-awtur.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Ikteb messaġġ… *enfasi*, **grassett**, - listi, [links](https://…), @membru (Ctrl+Enter jippubblika)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Ikteb xi ħaġa l-ewwel.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Ikteb lill-kitba kollha minflok (Escape)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Il-messaġġ tiegħek</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>ir-regoli tad-diskussjoni ma jippermettux din il-bidla</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>messaġġ jeħtieġ ftit test</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>messaġġ imneħħi</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editjat</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>b’tweġiba lil {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>koordinatur biss jista’ jaħbi messaġġ jew diskussjoni</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>l-awtur biss jista’ jeditja jew jirtira messaġġ</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>il-membru li beda d-diskussjoni biss jista’ jbiddel it-titlu, it-temi jew il-lingwa tagħha</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>beda {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (moħbi)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · {count} ġodda</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(agħżel)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(xejn)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Żid</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Battal</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>L-ebda data</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Neħħi</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Ikteb u agħfas Enter</translation>
    </message>
    <message>
        <source>add</source>
        <translation>żid</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>battal</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>neħħi</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>biex iżżid</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tip</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Attivitajiet</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Annessi</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Udjenza</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Awtur</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Tema usa’</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Kummenti fuq</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data tal-kunsens</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Sors tal-kunsens</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kuntest</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pajjiż</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Munita</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskrizzjoni</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussjoni</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Indirizzi tal-email</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data tat-tmiem</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Temi ta’ kompetenza</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Kunjom</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Isem il-fajl</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>L-isem sħiħ ta’ persuna, jew l-isem ta’ organizzazzjoni</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Ammont tal-finanzjament</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Sors tal-finanzjament</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Isem</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Membru tal-grupp</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Moħbi għaliex</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Bi tweġiba għal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingwa</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingwi</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Bażi legali</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Tagħlimiet</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Tip ta’ midja</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Referenzi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Isem jew denominazzjoni</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noti</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Għanijiet</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Ostakli (legali / ta’ politika)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazzjoni</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Tipi ta’ organizzazzjoni</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Sħab (inklużi awtoritajiet)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefowns</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kodiċi postali</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reġjun</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Kuntatti relatati</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Għodod relatati</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Messaġġi mneħħija</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Riżultati</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Nota tar-reviżur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rwol</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Daqs (bytes)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data tal-bidu</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Bdieh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Indirizz</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sommarju</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>L-isem tal-persuna bħala membru tal-grupp: il-messaġġi tagħha mbagħad ikunu parti mid-data tagħha</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Belt / raħal</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Trasferibbiltà</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sit web</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>Reġistru tal-&amp;verifika</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>I&amp;kkanċella l-istedina</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Ikkopja</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Esporta kollox dwar din il-persuna…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fajl:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>&amp;Għaddi fajl lis-server…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Stediniet</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>Stieden lil &amp;xi ħadd…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membri</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Isem:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>L-aktar &amp;ġodda</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>E&amp;qdem</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazzjoni:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>F&amp;rażi ta’ aċċess:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>D&amp;ata tal-persuni</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rwol:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Validu għal:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>Ġurnata</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>Ġimgħa</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Token revokat jieqaf jissinkronizza minnufih: dak il-kompjuter iżomm il-kopja tiegħu imma ma jistax jibqa’ jibgħat jew jirċievi. Immarka l-kompjuters li trid taqta’.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Dwar</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Żied membru</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Qed nistaqsu lis-server min int…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>Fuq {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>Fuq {url} · int: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Reġistru tal-verifika</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Agħżel…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Ikkanċella l-istedina</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Tikkanċella l-istedina għal {name}? Il-kodiċi jieqaf jaħdem minnufih; tista’ terġa’ tistiednu aktar tard.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Ikkanċella stedina</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Qed tiġi kkanċellata l-istedina…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Ibdel ir-&amp;rwol…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Ibdel ir-rwol ta’ {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Biddel membru</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Qed jinbidel ir-rwol…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Agħżel il-fajl</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinatur</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Ikkupjat</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Ikkopja l-kodiċi tal-istedina</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Oħloq l-istedina</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Qed tinħoloq l-istedina…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettalji</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Ħassar għal &amp;dejjem lil din il-persuna…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Ħassar għal dejjem f’kull replika</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Ħassar għal dejjem “{name}”</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Tħassar għal dejjem “{name}” mill-grupp kollu? Dan ma jistax jitreġġa’ lura. Jitħassar hawn u jintbagħat lis-server minnufih; l-RuralDesk ta’ kull membru jħassru fis-sinkronizzazzjoni li jmiss:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Ħassar rekord għal dejjem</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Qed jitħassar…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Kollox dwar {name} inkiteb f’{path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Esporta kollox dwar {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Qed jiġi esportat…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fajl</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Sib persuna</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Agħti dan il-kodiċi lil {name}. F’RuralDesk jagħżlu Sinkronizzazzjoni → Ikkonfigura s-sinkronizzazzjoni… u jwaħħluh, jew jiskennjaw l-istampa bit-telefown u jibagħtuha lilhom infushom. Jaħdem darba, sa {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>L-istat tat-tieqa tal-grupp</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Il-grupp “{group}”</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Għaddi fajl lis-server</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Għaddi lis-server</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Qed jgħaddi l-fajl lis-server…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kodiċi tal-istedina</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Il-kodiċi tal-istedina bħala kodiċi QR</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Stedina għal {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>L-istedina għal {name} ġiet ikkanċellata.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>L-istedina għal {name} inħolqot.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Stieden lil xi ħadd</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Stieden lil xi ħadd</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Ħareġ token</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>L-annessi tiegħu: xejn</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>L-annessi tiegħu: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>L-istorja tiegħu, bil-valuri li kellu (bidliet irreġistrati: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fajls JSON (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Ingħaqadt mal-grupp, iżda t-token ma setax jinżamm: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Ingħaqad bi stedina</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>L-aħħar sinkronizzazzjoni</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Rabtiet miegħu minn rekords oħra: xejn</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Rabtiet miegħu minn {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Qed jiġi elenkat x’ineħħi t-tħassir…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Qed jittella’ r-reġistru tal-verifika…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Qed jittellgħu t-tokens tal-membru…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Qed jittellgħu l-membri…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Qed jittellgħu l-istediniet miftuħa…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membru</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Il-membri jaraw l-isem il-ġdid wara s-sinkronizzazzjoni li jmiss tagħhom; l-indirizz tal-grupp jibqa’ l-istess.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Isem</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Mhux konness ma’ server tal-grupp.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Ma sarx: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Bidliet fil-fajl: {total}; is-server applika {applied} u diġà kellu {already}.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Bidliet fil-fajl: {total}; is-server applika {applied}, diġà kellu {already} u rrifjuta {refused}: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Il-koordinaturi tal-grupp biss jistgħu jistiednu nies, ibiddlu r-rwoli jew ineħħu membri. Staqsi lil wieħed minnhom.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Stediniet miftuħa</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazzjoni</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Nies</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Erġa’ tel&amp;la’</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>&amp;Neħħi mill-grupp…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>Ibdel l-isem tal-gr&amp;upp…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Irrevoka t-&amp;tokens…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Qarrej</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Neħħi lil {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Neħħi lil {name} mill-grupp</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Tneħħi lil {name} mill-grupp? It-tokens tagħhom jieqfu jaħdmu minnufih u ma jibqgħux jirċievu r-rekords tal-grupp. Dak kollu li żiedu jew biddlu jibqa’, taħt isimhom.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Neħħa membru</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Qed jitneħħa l-membru…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Ibdel l-isem tal-grupp</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Biddel l-isem tal-grupp</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Qed jinbidel l-isem tal-grupp…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Irrevoka</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Irrevoka t-tokens ta’ {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Irrevoka token</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Qed jiġu rrevokati…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rwol</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Ibgħat il-bidliet ta’ fajl ta’ trasferiment li ġab xi ħadd dirett lis-server</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Il-bidliet fil-fajl imorru lis-server f’isem in-nies li għamluhom; dan il-kompjuter jirċevihom fis-sinkronizzazzjoni li jmiss tiegħu, bħal kulħadd. Il-bidliet li s-server diġà għandu ma jittiħdux darbtejn.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Il-kodiċi qiegħed fil-clipboard.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>Il-kuntatt “{name}” u kull valur tal-kaxxi li kellu</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>Id-diskussjoni dwar dan il-kuntatt, bil-messaġġi tagħha ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Il-fajl ma fih l-ebda bidla; ma ntbagħat xejn.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>Il-ħames kelmiet mogħtija mal-fajl, separatament minnu.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>Il-grupp issa jismu “{name}”.</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>L-istedina tagħti lil persuna waħda post fil-grupp. Il-persuna twaħħal il-kodiċi f’RuralDesk (Sinkronizzazzjoni → Ikkonfigura s-sinkronizzazzjoni…) fuq il-kompjuter tagħha; jaħdem darba.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>Il-persuna hija msemmija wkoll fit-test ta’ {count} rekords oħra. Dak it-test ma jinbidilx: irrieżaminah wara t-tħassir (l-esportazzjoni turi fejn).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Il-messaġġi tal-persuna stess fid-diskussjonijiet tal-grupp ({count}); il-kitbiet jibqgħu u juru “messaġġ imneħħi”</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Dan il-membru m’għandu l-ebda token fl-użu.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Dan l-ispazju tax-xogħol mhuwiex konness ma’ server tal-grupp. Uża Sinkronizzazzjoni → Ikkonfigura s-sinkronizzazzjoni… bil-kodiċi tal-istedina li tak il-koordinatur tiegħek.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Tokens irrevokati għal {name}: {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Ikteb isem, email jew numru tat-telefown</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Validu sa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>X’inhu</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>X’se jiġri</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Meta persuna tistaqsi x’għandu l-grupp dwarha, jew titlob li tintesa (l-Artikoli 15 u 17 tal-GDPR), sibha hawn.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Qed jaħdem</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>iżid u jeditja r-rekords tal-grupp</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>kif se jarah il-grupp</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>imexxi l-grupp: membri, stediniet, tħassir</translation>
    </message>
    <message>
        <source>never</source>
        <translation>qatt</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>fakultattiv</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>jaqra r-rekords tal-grupp, ma jbiddel xejn</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>il-fajl ma jistax jinqara ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>is-server ma aċċettax it-token ta’ dan il-kompjuter; staqsi lill-koordinatur tiegħek għal stedina ġdida</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>kompjuter mingħajr isem</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} ijiem</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} ġimgħat</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, minn {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (int)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} m’għadux membru; ir-rekords tagħhom jibqgħu.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} issa: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>“{name}” tħassar għal dejjem hawn; it-tħassir imur lis-server b’din is-sinkronizzazzjoni u jasal għand kull replika fis-sinkronizzazzjoni li jmiss tagħha.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Applikati: {applied}. Diġà hawn: {duplicates}. Biex jgħaddu lis-server: {held}. Rifjutati: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Bidliet miktuba: {count}, f’{path}.

Frażi ta’ aċċess (murija issa biss): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Ikkonnettja dan il-kompjuter mas-server tal-grupp darba qabel ma tgħaddi l-bidliet.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Esporta l-bidliet għal kompjuter ieħor…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Qed jiġu esportati l-bidliet</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Fajls ta’ trasferiment (*.rdrelay);;Il-fajls kollha (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Importa l-bidliet minn fajl…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Qed jiġu importati l-bidliet</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Ma nbidel xejn: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frażi ta’ aċċess</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Imwaqqaf. Ma nbidel xejn.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Il-fajl huwa maqtugħ: ma ġiex ikkupjat kollu.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Il-fajl inbidel jew sarlu l-ħsara wara li sar.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Il-fajl jissakkar b’dawn il-kliem (biddilhom jekk trid). Agħtihom lill-persuna li se timportah, separatament mill-fajl.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>Il-frażi ta’ aċċess ma tiftaħx dan il-fajl: iċċekkja l-kliem u erġa’ pprova.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Dan il-fajl fih bidliet ta’ grupp ieħor.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>Dan mhuwiex fajl ta’ trasferiment ta’ RuralDesk.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Ikteb il-kliem li bih ġie msakkar il-fajl.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>Dwar RuralDesk</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Organizzatur li jaħdem l-ewwel nett offline, għall-prattiki, il-kuntatti u l-għodod tal-gruppi tal-ekonomija soċjali rurali: għaqdiet tar-raħal, koperattivi, intrapriżi soċjali, spazji komunitarji u l-awtoritajiet li jaħdmu magħhom.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Liċenzja:</translation>
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
        <translation>Gwida għall-utent ta’ RuralDesk</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>Il-gwida għall-utent mhijiex installata ma’ din il-kopja ta’ RuralDesk. Tinsab online fuq {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Gwida għall-utent</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Spazju tax-xogħol:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Kummenti fuq {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>DejaVu Sans mhuwiex installat: il-PDF juża Helvetica, li ma tistax tipprintja ittri barra l-Ewropa tal-Punent (Pollakk, Grieg…); installa fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussjoni</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Esportazzjoni minn Google Contacts</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Esportazzjoni minn Google Contacts (CSV ta’ Outlook)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Moħbi minn koordinatur: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Esportazzjoni minn Outlook</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Telefown ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Messaġġ imneħħi</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Messaġġi: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Reġjun: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Beda {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Esportazzjoni tal-ktieb tal-indirizzi ta’ Thunderbird</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Irtirat mill-awtur.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>stampa GIF</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>stampa JPEG</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>dokument PDF, mhux tabella jew ktieb tal-indirizzi</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>stampa PNG</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>programm tal-Windows, mhux fajl tad-data</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>arkivju ZIP (spreadsheet .xlsx jew .ods?); l-ewwel issejvjah bħala CSV mill-programm tal-ispreadsheets</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>fajl</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>fajl ikkompressat bil-gzip; iddekompressah l-ewwel</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>programm, mhux fajl tad-data</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>virgoletta (&quot;) f’din ir-ringiela qatt ma tingħalaq</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>virgoletta (&quot;) f’din ir-ringiela ma tingħalaqx fl-istess linja</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>ċellula bejn virgoletti għandha test wara l-virgoletta tal-għeluq u r-ringiela m’għandhiex daqstant ċelluli daqs l-intestatura</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>it-tieni indirizz ma jiġix importat (jinżamm indirizz wieħed biss)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>tabella</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>fajl vCard</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>il-pajjiż tal-indirizz mhux magħruf</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>database SQLite (biex iġġib lura spazju tax-xogħol sħiħ uża r-restawr)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>alternattiva (ALTID {altid}) ta’ valur li diġà nżamm</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>dokument antik tal-Office (.xls jew .doc); l-ewwel issejvjah bħala CSV mill-programm tal-ispreadsheets</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>ma jistax jinqara {name}: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>il-kategorija mhijiex tema ta’ dan l-ispazju tax-xogħol</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>kolonna {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>editjat {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>il-grupp “{group}” mhuwiex tema ta’ dan l-ispazju tax-xogħol; mhux importat</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>għandha {cells} ċelluli imma l-intestatura tagħti {columns} kolonni; iċ-ċelluli żejda jintilfu</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>b’tweġiba lil {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>fiha fajl li l-manifest tagħha ma jelenkax (“{file}”)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>fiha l-fajl “{file}” darbtejn</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>telenka {count} fajls annessi, aktar mil-{limit} li kopja ta’ riżerva tista’ żżomm</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>tiddekompressa għal {size}, aktar mil-{limit} li restawr jista’ jikteb</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>il-manifest tagħha ma jiddeskrivix sewwa l-fajl tar-replika</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>il-manifest tagħha ma jagħtix sewwa l-għadd</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>il-manifest tagħha ma jelenkax sewwa l-annessi</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>il-manifest tagħha huwa akbar minn dak ta’ kwalunkwe kopja ta’ riżerva</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>il-manifest tagħha mhuwiex lista ta’ valuri b’isem</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>il-manifest tagħha jelenka l-anness {file}… darbtejn</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>il-manifest tagħha jsemmi anness “{file}” li mhuwiex checksum</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>il-lingwa mhix magħrufa</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>tixbah il-kard {number} ta’ dan il-fajl ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>tixbah ir-ringiela {number} ta’ dan il-fajl ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>jixbah lil “{title}” li diġà qiegħed hawn ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>il-prefiss tal-isem mhux importat</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>is-suffiss tal-isem mhux importat</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>l-ebda kaxxa li taqbel</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>l-ebda prattika x’tinkiteb (it-tfittxija jew il-filtri ma jsibu xejn); {out} ma nkitebx</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>jinżamm indirizz wieħed biss</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>jinżamm isem wieħed biss</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>tinżamm organizzazzjoni waħda biss</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>jinżamm rwol wieħed biss</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>jinżamm indirizz web wieħed biss</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>it-tikketta tat-telefown ma tinżammx (in-numru jiġi importat)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>it-telefown {number} m’għandux kodiċi tal-pajjiż u l-ebda reġjun mhu ssettjat biex jinqara bih; miżmum fin-noti (issettja r-reġjun tat-telefown tal-ispazju tax-xogħol, jew --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>it-telefown {number} miktub bħala {written} (in-numri mingħajr kodiċi tal-pajjiż jinqraw bħala {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>ir-reġjun “{region}” mhuwiex reġjun NUTS li nafu; miżmum fin-noti</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>l-istess email {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>l-istess isem</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>l-istess telefown {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>ismijiet simili ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>spreadsheet (kolonni mqabbla skont isimhom)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>l-isem tal-fajl “{file}” jipponta barra l-kopja ta’ riżerva</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>l-aħħar ringiela hija maqtugħa (inqas ċelluli mill-intestatura u l-ebda tmiem tal-linja): il-fajl jidher maqtugħ</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>ir-ringiela ma tistax tinqara ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>l-ispazju tax-xogħol {path} mhuwiex vojt ({count} rekords); irrestawra biss fi spazju tax-xogħol vojt (agħżel wieħed ġdid)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>din il-kard ġiet esportata minn dan l-ispazju tax-xogħol u l-kuntatt għadu hawn (l-istess UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>kodifikazzjoni mhux magħrufa {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} valuri)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} ma jistax jiġi rrestawrat b’mod sigur: {reason}; ma nbidel xejn</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>{name} m’għandux ringiela ta’ intestatura (l-ewwel linja għandha tagħti l-ismijiet tal-kolonni)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} fih replika bil-ħsara ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} huwa UTF-8 ħlief fil-linja {line} (byte {byte}), li hija f’kodifikazzjoni oħra: żewġ kodifikazzjonijiet imħalltin f’fajl wieħed; ikkoreġi dik il-linja, jew agħżel il-kodifikazzjoni tal-fajl kollu</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} huwa fajl binarju, mhux test (fih bytes NUL)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} huwa fajl binarju, mhux test (fih bytes NUL, l-ewwel darba fil-linja {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} għandu l-ħsara ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} għandu l-ħsara: l-anness {file}… ma jaqbilx mal-checksum tiegħu</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} għandu l-ħsara: ir-replika ġewwa fih ma taqbilx mal-checksum tagħha</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} għandu l-ħsara: “{file}” huwa iqsar milli jgħid il-manifest</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} huwa vojt</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} mhuwiex f’kodifikazzjoni li nistgħu naqraw eżatt (mhux UTF-8, UTF-16, code page tal-Windows jew ISO 8859, jew Shift-JIS); erġa’ ssejvjah bħala UTF-8</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} mhuwiex komplut: {count} fajls nieqsa (l-ewwel wieħed: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} mhuwiex kopja ta’ riżerva ta’ RuralDesk (mhux fajl ZIP); jista’ jkun maqtugħ</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} mhuwiex kopja ta’ riżerva ta’ RuralDesk jew għandu l-ħsara ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} mhuwiex kopja ta’ riżerva ta’ spazju tax-xogħol ta’ RuralDesk</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} mhuwiex fajl vCard (għandu jibda b’BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} mhuwiex fajl vCard validu: il-kard {number} hija difettuża ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} mhuwiex test UTF-16 validu; jista’ jkun maqtugħ jew bil-ħsara</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} mhuwiex test UTF-32 validu; jista’ jkun maqtugħ jew bil-ħsara</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} fl-aħħar mhuwiex test {encoding} (byte {byte}); erġa’ ssejvjah bħala UTF-8</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} mhuwiex test {encoding}: il-linja {line} fiha bytes li ma jistgħux jinqraw (byte {byte}); agħżel kodifikazzjoni oħra</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} huwa {size}, aktar mil-{limit} permess għal {what}; aqsmu f’fajls iżgħar</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} huwa {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} jeħtieġ {size} spazju ħieles fuq id-diska u hemm biss {free} ħieles; ma nbidel xejn</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} jibda bħala UTF-8 imma l-linja {line} fiha bytes li mhumiex UTF-8 (byte {byte}); jista’ jkun bil-ħsara — erġa’ ssejvjah bħala UTF-8</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} sar minn verżjoni aktar ġdida ta’ RuralDesk (format tal-kopja ta’ riżerva {version}); aġġorna RuralDesk biex tirrestawrah</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, linja {line}: ċellula bejn virgoletti għandha test wara l-virgoletta tal-għeluq ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, linja {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: virgoletta (&quot;) miftuħa qrib il-linja {line} qatt ma tingħalaq; il-fajl jidher maqtugħ jew bil-ħsara</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: il-kard {number} qatt ma tingħalaq (END:VCARD nieqes); il-fajl jidher maqtugħ</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: il-kodifikazzjoni mhix ċerta, il-fajl jinqara b’mod differenti bħala {shown}; agħżel waħda (pereżempju --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>{path} ma jistax jinqara ({reason}); irrestawra fi spazju tax-xogħol ġdid</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} ma jeżistix</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} huwa folder, mhux {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} mhuwiex spazju tax-xogħol vojt</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} mhux importat: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: {count} karattri f’alfabett li t-tipa ma tistax turi ({scripts}) tħallew barra mill-PDF</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>“{file}” jiddikjara daqs li d-data kkompressata tiegħu ma tistax ikollha (zip bomb?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>“{file}” huwa link jew folder, mhux fajl</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>“{file}” huwa kriptat jew ikkompressat b’mod li RuralDesk ma jużax</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>“{file}” m’għandux id-daqs li jgħid il-manifest</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>“{file}” jiddekompressa għal aktar mid-daqs iddikjarat tiegħu (zip bomb?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>“{number}” mhuwiex numru tat-telefown li nistgħu naqraw; miżmum fin-noti</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>“{value}” mhuwiex pajjiż (uża isem jew kodiċi ISO 3166 bħal MT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>“{value}” mhijiex data (uża YYYY-MM-DD jew DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>“{value}” mhijiex lingwa (uża isem jew kodiċi ISO 639 bħal mt)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>“{value}” mhijiex lingwa (uża kodiċi ISO 639 bħal mt)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>“{value}” mhuwiex numru</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>“{value}” mhuwiex id ta’ rekord</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>“{value}” mhijiex tema ta’ dan l-ispazju tax-xogħol</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>“{value}” mhuwiex numru sħiħ</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>“{value}” mhuwiex wieħed minn: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>It-tipi kollha</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Kull pajjiż</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Kull kategorija</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Kull lingwa</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Kull reġjun</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Kull tema</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Battal</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Neħħi l-filtri</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonni</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pajjiż</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Iffiltra skont {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>Fil-barmil: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingwa</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Sommarju tal-lista</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekords</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Rekords: {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reġjun</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Riżultati: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Riżultati: {shown} minn {total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Issejvja t-tfittxija…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Issejvja din it-tfittxija</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Magħżula: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Ikteb biex tfittex fil-prattiki, il-kuntatti, l-għodod u t-temi.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;Dwar RuralDesk</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>E&amp;hmeż fajls…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Lura</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Kolonni…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Ikkopja l-informazzjoni dijanjostika</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ħassar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editja</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fajl</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Fittex…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Għajnuna</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Orbot ma’…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Isem:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ġdid</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>&amp;Waħħal bħala anness</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Oħroġ</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Rekord</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Erġa’ &amp;agħmel</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>I&amp;ssettjar…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sinkronizzazzjoni</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Erġa’ lura</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Gwida għall-utent</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ara</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Żid rekord mal-lista murija</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Miżjud: “{title}”</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Ehmeż fajls</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Mehmuża: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>L-anness għadu mhux hawn</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Ġib lura r-rekords magħżula mill-barmil</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Bidliet jistennew li jinqasmu</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Bidliet jistennew li jinqasmu: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Agħżel prattika jew għodda biex teħmżilha fajls.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Ikkopja fajls fl-ispazju tax-xogħol u eħmeżhom</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Ma setax jiġi mehmuż</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Ma setax jiġi ssejvjat</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Ħassar it-tfittxija ssejvjata</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>L-informazzjoni dijanjostika ġiet ikkupjata. Waħħalha fil-messaġġ tiegħek lill-persuna li qed tgħinek; ma fihiex ismijiet jew kontenut.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Editja r-rekord muri</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>Battal il-&amp;barmil…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Battal il-barmil</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Qed jitbattal il-barmil</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Tħassar għal dejjem minn dan il-kompjuter dak kollu li hemm fil-barmil? Dan ma jistax jitreġġa’ lura.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Imħassra għal dejjem minn dan il-kompjuter: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Għal talba għall-appoġġ: verżjonijiet u daqsijiet, qatt ismijiet jew kontenut</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Mur fil-&amp;lista</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Orbot dan ir-rekord ma’ kuntatti, għodod jew prattiki</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Orbot “{title}” ma’…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Il-bar tal-għodod prinċipali</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Ibgħat ir-rekords magħżula fil-barmil</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Mibgħuta fil-barmil: {count}. Erġa’ lura b’Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Navigazzjoni</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>L-ebda bidla ma qed tistenna li tinqasam</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Għad m’hemmx tfittxijiet issejvjati. Ikteb fil-kaxxa tat-tfittxija, imbagħad agħżel Issejvja t-tfittxija taħt il-filtri.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Irre&amp;stawra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Erġa’ agħmel</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Irrestawrati: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Issejvja t-tfittxija</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>It-tfittxija “{name}” ġiet issejvjata</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Issejvjat: “{title}”</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Fittex kollox</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Fittex kollox (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Agħżel &amp;kollox</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Uri l-folder tal-&amp;log</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Uri: {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>L-istat tas-sinkronizzazzjoni</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Dak ir-rekord m’għadux hawn.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>Il-clipboard ma fih l-ebda fajl jew stampa biex jiġu mehmuża.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Dan il-fajl għadu mhux fuq dan il-kompjuter. Jasal mas-sinkronizzazzjoni li jmiss.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Barmil</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Erġa’ lura</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Maħluq</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Diskussjonijiet</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Instab f’</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>L-aħħar bidla</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Tfittxijiet issejvjati</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Għar-reviżjoni</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Barmil</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>X’hemm ġdid</translation>
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
            <numerusform>%n kuntatt mibdul</numerusform>
            <numerusform>%n kuntatti mibdula</numerusform>
            <numerusform>%n kuntatt mibdul</numerusform>
            <numerusform>%n kuntatt mibdul</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n prattika mibdula</numerusform>
            <numerusform>%n prattiki mibdula</numerusform>
            <numerusform>%n prattika mibdula</numerusform>
            <numerusform>%n prattika mibdula</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n għodda mibdula</numerusform>
            <numerusform>%n għodod mibdula</numerusform>
            <numerusform>%n għodda mibdula</numerusform>
            <numerusform>%n għodda mibdula</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n kuntatt</numerusform>
            <numerusform>%n kuntatti</numerusform>
            <numerusform>%n kuntatt</numerusform>
            <numerusform>%n kuntatt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n messaġġ mibdul</numerusform>
            <numerusform>%n messaġġi mibdula</numerusform>
            <numerusform>%n messaġġ mibdul</numerusform>
            <numerusform>%n messaġġ mibdul</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n kuntatt ġdid</numerusform>
            <numerusform>%n kuntatti ġodda</numerusform>
            <numerusform>%n kuntatt ġdid</numerusform>
            <numerusform>%n kuntatt ġdid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n messaġġ ġdid</numerusform>
            <numerusform>%n messaġġi ġodda</numerusform>
            <numerusform>%n messaġġ ġdid</numerusform>
            <numerusform>%n messaġġ ġdid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n prattika ġdida</numerusform>
            <numerusform>%n prattiki ġodda</numerusform>
            <numerusform>%n prattika ġdida</numerusform>
            <numerusform>%n prattika ġdida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n għodda ġdida</numerusform>
            <numerusform>%n għodod ġodda</numerusform>
            <numerusform>%n għodda ġdida</numerusform>
            <numerusform>%n għodda ġdida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n messaġġ</numerusform>
            <numerusform>%n messaġġi</numerusform>
            <numerusform>%n messaġġ</numerusform>
            <numerusform>%n messaġġ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n prattika</numerusform>
            <numerusform>%n prattiki</numerusform>
            <numerusform>%n prattika</numerusform>
            <numerusform>%n prattika</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n rekord li qasmu oħrajn mill-aħħar reviżjoni tiegħek.</numerusform>
            <numerusform>%n rekords li qasmu oħrajn mill-aħħar reviżjoni tiegħek.</numerusform>
            <numerusform>%n rekord li qasmu oħrajn mill-aħħar reviżjoni tiegħek.</numerusform>
            <numerusform>%n rekord li qasmu oħrajn mill-aħħar reviżjoni tiegħek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n għodda</numerusform>
            <numerusform>%n għodod</numerusform>
            <numerusform>%n għodda</numerusform>
            <numerusform>%n għodda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n mhux moqri</numerusform>
            <numerusform>%n mhux moqrija</numerusform>
            <numerusform>%n mhux moqri</numerusform>
            <numerusform>%n mhux moqri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Ehmeż fajls: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Ma setax jitreġġa’ lura jew isir mill-ġdid: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Oħloq “{title}”</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Ħassar rekords: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Ħassar “{title}”</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Editja “{title}”</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Orbot “{title}”</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Ma treġġax lura: {fields} ta’ “{title}” inbidel minn dakinhar minn xi ħadd ieħor (wasal mal-aħħar sinkronizzazzjoni). Il-valur tagħhom jibqa’; editjah bl-idejn jekk tiegħek għandu jirbaħ.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Ma treġġax lura: “{title}” intbagħat fil-barmil jew inħareġ minnu minn xi ħadd ieħor minn dakinhar (wasal mal-aħħar sinkronizzazzjoni). Jibqa’ kif inhu.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Neħħi l-anness {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Irrestawra rekords: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Irrestawra “{title}”</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Aqla’ r-rabta ma’ “{title}”</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Kompjuters fil-qrib li joffru sinkronizzazzjoni:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>&amp;Offri sinkronizzazzjoni lil kompjuter fil-qrib…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>L-indirizz ta’ dan il-kompjuter</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>Ikkonnettja u i&amp;ssinkronizza</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Agħżel kompjuter mil-lista, jew ikteb l-indirizz tiegħu kif jidher fuqu (pereżempju 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Agħżel il-kompjuter li joffri s-sinkronizzazzjoni (fuqu Sinkronizzazzjoni → Offri sinkronizzazzjoni lil kompjuter fil-qrib…) u ikteb il-kodiċi li juri.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Qed jikkonnettja…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Jekk dan il-kompjuter mhuwiex elenkat hemm, ikkonnettja bl-indirizz: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Ħalli kompjuter tal-grupp tiegħek fl-istess netwerk jissinkronizza ma’ dan, mingħajr is-server jew l-internet</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Qed infittxu kompjuters tal-grupp tiegħek f’dan in-netwerk…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Offri sinkronizzazzjoni lil kompjuter fil-qrib</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>Fuq il-kompjuter l-ieħor (l-istess Wi-Fi jew hotspot tat-telefown, l-istess grupp), agħżel Sinkronizzazzjoni → Issinkronizza ma’ kompjuter fil-qrib…, agħżel dan il-kompjuter u ikteb dan il-kodiċi:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Jew ikkonnettja bl-&amp;indirizz:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>Kodiċi tat-t&amp;qabbil:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Kodiċi tat-tqabbil</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Waqqaf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Imwaqqaf. Xejn ma tħalla applikat bin-nofs.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Issinkronizza ma’ kompjuter fil-&amp;qrib…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Issinkronizza ma’ kompjuter tal-grupp tiegħek li joffriha fl-istess netwerk</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Issinkronizza ma’ kompjuter fil-qrib</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Sinkronizzat ma’ “{name}”: bidliet riċevuti: {received}, mibgħuta: {sent}.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>Dak mhuwiex il-kodiċi muri fuq il-kompjuter l-ieħor; ma nbidel xejn.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>Dak mhuwiex il-kodiċi muri fuq il-kompjuter l-ieħor; ma nbidel xejn. Tentattivi li fadal: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>Il-kodiċi għandu sitt ċifri, kif jidher fuq il-kompjuter l-ieħor.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>Il-konnessjoni mal-kompjuter l-ieħor intilfet ({reason}). Xejn ma tħalla applikat bin-nofs; erġa’ pprova.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>Il-konnessjoni ntilfet qabel it-tmiem; xejn ma tħalla applikat bin-nofs. Għadna nistennew kompjuter tal-grupp tiegħek…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>Il-kompjuter l-ieħor wieġeb b’mod li din il-verżjoni ma tifhimx ({reason}). Ma nbidel xejn.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>Il-kompjuter l-ieħor jappartjeni għal grupp ieħor; kompjuters tal-istess grupp biss jistgħu jissinkronizzaw. Ma nbidel xejn.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>Il-kompjuter l-ieħor waqqaf l-offerta tiegħu wara wisq kodiċijiet ħżiena. Itlob offerta ġdida hemmhekk; ma nbidel xejn.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>Dan in-netwerk ma jħallix il-kompjuters isibu lil xulxin: fuq il-kompjuter l-ieħor, ikkonnettja bl-indirizz: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>Dan in-netwerk ma jħallix il-kompjuters isibu lil xulxin: ikteb l-indirizz muri fuq il-kompjuter l-ieħor.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Dan l-ispazju tax-xogħol għadu mhux parti minn grupp. Ikkonfigura s-sinkronizzazzjoni mas-server tal-grupp darba (Sinkronizzazzjoni → Ikkonfigura s-sinkronizzazzjoni…); wara jista’ jissinkronizza wkoll ma’ kompjuters fil-qrib.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Qed nistennew kompjuter tal-grupp tiegħek…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>Miżmuma sas-sinkronizzazzjoni li jmiss mas-server, li jaf il-kompjuter li ffirmahom: {count}.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>Rifjutati (il-firma ma qablitx): {count}.</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>“{name}” jappartjeni għal grupp ieħor; ma jistax jissinkronizza ma’ dan il-kompjuter. Għadna nistennew…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>“{name}” ikkonnettja; qed jiġi ċċekkjat il-kodiċi…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>“{name}” kiteb kodiċi ħażin; ma nbidel xejn. Tentattivi li fadal: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>“{name}” kiteb il-kodiċi t-tajjeb; qed jissinkronizza…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Ikkopja</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Waħħal</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Erġa’ &amp;agħmel</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Erġa’ lura</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>A&amp;qta’</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ħassar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Agħżel kollox</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Iva</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbanduna</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applika</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ikkanċella</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Agħlaq</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Warrab</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Għajnuna</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Injora</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>L&amp;e għal kollox</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Iftaħ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Irrisettja</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Irrestawra l-awtomatiċi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erġa’ pprova</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Issejvja</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Issejvja kollox</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Iva għal &amp;kollox</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Ikkopja</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Waħħal</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Erġa’ &amp;agħmel</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Erġa’ lura</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Ikkopja l-indirizz tal-&amp;link</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>A&amp;qta’</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ħassar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Agħżel kollox</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>I&amp;mmarka kollox bħala rieżaminat</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(mingħajr titlu)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Żid &amp;nota…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Agħżel rekord mil-lista l-ewwel.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>L-aħħar bidla</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Xejn x’tirrieżamina: dak kollu li qasmu l-oħrajn ġie rieżaminat.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Nota tar-reviżur</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Nota tar-reviżur: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Maqsum minn</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Rekords maqsuma għar-reviżjoni</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Għar-reviżjoni</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Ikteb nota tar-reviżur fuq ir-rekord magħżul</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>In-nota tiegħek fuq “{title}” tivvjaġġa mar-rekord għand kulħadd fil-grupp. Il-koordinaturi biss jistgħu jiktbuha.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, l-aħħar bidla {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Id-data tad-demo ma setgħetx tittella’: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Id-data tad-demo ttellgħet.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Qed tittella’ d-data tad-demo</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>It-tlugħ tad-data tad-demo twaqqaf; dak li tella’ jibqa’.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>Il-folder il-ġdid tad-data jintuża mill-bidu li jmiss.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Tieqa oħra ta’ RuralDesk diġà qed taħdem fuq dan l-ispazju tax-xogħol ({path}). Aqleb għal dik it-tieqa, jew agħlaqha u erġa’ pprova.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Agħżel folder għall-ispazju tax-xogħol tiegħek</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Agħżel folder ieħor…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Kompli</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Fadal biss {free} MB ħielsa fejn jinżamm l-ispazju tax-xogħol tiegħek ({path}). RuralDesk jista’ ma jirnexxilux jissejvja l-bidliet tiegħek. Agħmel ftit spazju (battal il-barmil tal-kompjuter, neħħi fajls kbar), imbagħad kompli.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Oħroġ</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk diġà miftuħ</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk iżomm l-ispazju tax-xogħol tiegħek f’{folder}, iżda ma jistax jikteb hemm ({reason}). Agħżel folder ieħor fejn tista’ tikteb, bħal wieħed fid-dokumenti tiegħek.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Uri l-kopji ta’ riżerva</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Il-folder tad-data ma jistax jintuża</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>Id-diska kważi mimlija</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>Il-folder {folder} huwa għall-qari biss. Agħżel folder ieħor fejn tista’ tikteb.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>L-ispazju tax-xogħol ma jistax jinfetaħ</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erġa’ pprova</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>id-diska mimlija</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk iżomm kopji ta’ riżerva awtomatiċi tal-ispazju tax-xogħol tiegħek f’{backups}. Tista’ tirrestawra waħda billi tikkopjaha fuq il-fajl bil-ħsara.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Kunflitti…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>Skon&amp;nettja mis-server…</translation>
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
        <translation>&amp;Kodiċi tal-istedina:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Issinkronizza issa</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>I&amp;smek:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>L-anness għadu mhux hawn</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>L-anness mhuwiex fuq is-server</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Bidliet jistennew: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Iċċekkja u ssejvja</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Qed jiċċekkja…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Kunflitti: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Konness. It-token tiegħek jinżamm f’{where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Iċċekkjar tal-konnessjoni</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Ma setax jitniżżel</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>It-token ma setax jinżamm: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Skonnettja mis-server</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Qed jitniżżel l-anness</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Daħħal l-indirizz tas-server (li jibda b’https://) u l-grupp.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Daħħal it-token li tak il-koordinatur tiegħek.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Kollox huwa ssejvjat fuq dan il-kompjuter. Uża Sinkronizzazzjoni → Ikkonfigura s-sinkronizzazzjoni… biex taqsmu mal-grupp tiegħek.</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Il-grupp “{group}” fuq {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kodiċi tal-istedina</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Qed tingħaqad mal-grupp…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Bidla kbira mis-server</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Mhux issejvjat: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Għadu mhux sinkronizzat</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Kunflitti miftuħa</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Jew, b’token personali:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Waħħal il-kodiċi tal-istedina li bagħatlek il-koordinatur tiegħek: fih l-indirizz tas-server u l-grupp. Jekk minflok għandek token personali, ħallih vojt u imla l-kaxxi hawn taħt. It-token jinżamm fil-maħżen tal-passwords tas-sistema meta jkun hemm wieħed, inkella f’fajl li tista’ taqrah int biss.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Solvi…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>&amp;Waqqaf is-sinkronizzazzjoni</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Ibgħat il-bidliet tiegħek lis-server tal-grupp u ġib dawk ta’ kulħadd</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Indirizz tas-server:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>Ikkonfigura s-&amp;sinkronizzazzjoni…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Ikkonfigura s-sinkronizzazzjoni</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Twaqqaf is-sinkronizzazzjoni ta’ dan l-ispazju tax-xogħol mas-server tal-grupp? Ir-rekords tiegħek jibqgħu fuq dan il-kompjuter; il-bidliet li għadhom ma ntbagħtux jibqgħu jistennew. Tista’ terġa’ tikkonfigura s-sinkronizzazzjoni aktar tard.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Qed jissinkronizza… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>Is-server tal-grupp għad m’għandux dan il-fajl: il-persuna li ehmżitu ma ssinkronizzatx minn dakinhar.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>Is-server tal-grupp irrifjuta bidla f’dan ir-rekord ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Il-bidliet tas-server tal-grupp jibagħtu {deletes} rekords fil-barmil, iħassru għal dejjem {erasures} u jbiddlu {overwrites} — {total} mill-{records} rekords tiegħek ({share}).

Dan jista’ jkun tajjeb (xi ħadd irranġa r-rekords kondiviżi) jew żball. Tapplika dawn il-bidliet issa?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Il-membri tal-grupp; għall-koordinaturi, l-istediniet, ir-rwoli u t-talbiet dwar id-data tal-persuni</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Dan il-fajl mhuwiex fuq dan il-kompjuter, u dan l-ispazju tax-xogħol mhuwiex konness ma’ server tal-grupp.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Dan ir-rekord għandu kunflitt ({fields}): żewġ persuni biddluh fl-istess ħin.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Dan l-ispazju tax-xogħol fih data tad-demo. Id-data tad-demo hija fittizja u qatt ma titlaq minn dan il-kompjuter, għalhekk ma tistax tinqasam mal-grupp tiegħek.

Tuża spazju tax-xogħol ġdid u vojt għar-rekords tal-grupp tiegħek? L-ispazju tax-xogħol tad-demo jibqa’ kif inhu.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Aġġornat · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Qed taħdem offline: l-ebda server tal-grupp ma hu konness</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Issa qiegħed fl-ispazju tax-xogħol il-ġdid u vojt “{name}”. L-ispazju tax-xogħol tad-demo jibqa’ kif inhu.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>fajl li tista’ taqrah int biss ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>qed jiġi ċċekkjat is-server</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>is-server ma setax jintlaħaq</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>is-server ma setax jintlaħaq: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>daħħal token ġdid taħt Sinkronizzazzjoni → Ikkonfigura s-sinkronizzazzjoni…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>miżmum minn qabel; ikteb biex tissostitwih</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>l-aħħar sinkronizzazzjoni fil-{time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>fakultattiv: ismek kif jafek il-grupp</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>agħfas F5 biex terġa’ tipprova</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>qed jaslu l-annessi</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>qed jaslu l-bidliet</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>qed jiġi ssejvjat dak li wasal</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>qed jintbagħtu l-annessi</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>qed jintbagħtu l-bidliet</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>ikkonfigura s-sinkronizzazzjoni fi spazju tax-xogħol ġdid u vojt</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>xi ħaġa marret ħażin</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>xi ħaġa marret ħażin ({reason}); id-dettalji jinsabu fil-log</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>qed jieqaf</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>is-server ma aċċettax dan it-token għal dan il-grupp; iċċekkjah, jew staqsi lill-koordinatur tiegħek għal wieħed ġdid</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>is-server ma aċċettax it-token tiegħek</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>is-server ma aċċettax it-token tiegħek; staqsi lill-koordinatur tiegħek għal wieħed ġdid u daħħlu taħt Sinkronizzazzjoni → Ikkonfigura s-sinkronizzazzjoni…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>is-server irrifjuta t-talba</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>is-server irrifjuta t-talba: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>il-maħżen tal-passwords tas-sistema</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>dan l-ispazju tax-xogħol fih data tad-demo, li qatt ma titlaq minn dan il-kompjuter; ikkonfigura s-sinkronizzazzjoni fi spazju tax-xogħol ġdid u vojt</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>dan l-ispazju tax-xogħol fih data tad-demo, li qatt ma tiġi sinkronizzata</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>nerġgħu nippruvaw fil-{time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>għażilt li ma tapplikax il-bidla kbira tas-server</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>waqqaftha int</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} minn {total}</translation>
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
        <translation>Agroekoloġija</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Ko-disinn mal-awtoritajiet</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Trasport komunitarju</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Koperattivi ta’ pjattaformi diġitali</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Edukazzjoni u servizzi</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Enerġija</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Komunitajiet tal-enerġija</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Żvilupp tal-intrapriżi u impjiegi</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Kura tas-saħħa</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Intraprenditorija lokali</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobbiltà</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Oqfsa politiċi u legali</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Ktajjen qosra tal-provvista tal-ikel</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Inklużjoni soċjali</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Netwerks ta’ solidarjetà</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Agrikoltura u ikel sostenibbli</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Integrazzjoni fix-xogħol</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>Agħmel kopja ta’ &amp;riżerva tal-ispazju tax-xogħol f’fajl…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Kuntatti li se jingħaqdu (immarkati):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pajjiż:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodifikazzjoni:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Ħassar għal dejjem</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppi:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Żomm:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Għa&amp;qqad</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Iftaħ il-kuntatt</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Iftaħ ir-rekord</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>Skeda tal-&amp;prattika…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Aqrah b’dan il-mod</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Rekords:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>Irres&amp;tawra minn fajl ta’ riżerva…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separatur:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Uża dan il-pajjiż</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(misjub)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(ma jinqarax)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(xejn x’tqabbel)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} kolonni</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>Fajl .vcf li l-kotba tal-indirizzi u t-telefowns jistgħu jaqraw.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Kopja ta’ riżerva tista’ tiġi rrestawrata biss fi spazju tax-xogħol vojt, u dan diġà fih {practices} prattiki, {contacts} kuntatti u {tools} għodod. Ma nbidel xejn.

Biex tirrestawra, agħżel folder tad-data ġdid u vojt taħt Fajl → Issettjar, erġa’ ibda RuralDesk, u rrestawra hemmhekk.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Skeda li tista’ tiġi pprintjata (PDF jew Markdown) tal-prattika murija, jew ta’ diversi prattiki</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Skeda biex tipprintja jew taqsam: il-fatti ewlenin, x’sar, x’tgħallimna u lil min tistaqsi. It-titoli huma fil-lingwa ta’ kull prattika.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>Qed issir sinkronizzazzjoni. Stenna sakemm tispiċċa, imbagħad erġa’ irrestawra.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>L-annessi li mhumiex fuq dan il-kompjuter (jinżammu fuq is-server tal-grupp) mhumiex fil-kopja ta’ riżerva: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Agħmel kopja ta’ riżerva tal-ispazju tax-xogħol</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Saret kopja ta’ riżerva ta’ {records} rekords u {files} fajls annessi f’{path}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Qed issir kopja ta’ riżerva f’{name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Il-kopja ta’ riżerva saret</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Il-kopja ta’ riżerva ġiet irrestawrata</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Kopji ta’ riżerva (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Kopji ta’ riżerva (*.zip);;Il-fajls kollha (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Ġib lura kopja ta’ riżerva fi spazju tax-xogħol vojt</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Daħħal kuntatti, prattiki jew għodod minn tabella CSV/TSV jew minn fajl vCard</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tabelli CSV (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kard</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Kards moqrija: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Kards bi problema: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Qed jiġi ċċekkjat {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Agħżel il-kodifikazzjoni</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Agħżel il-kaxxa fejn tmur kull kolonna, jew ħalliha barra.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonna</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonna fil-fajl</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonni</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Kolonni mhux importati: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Il-kolonni tal-fajl</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgola ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Kuntatt li se jinżamm</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Kuntatti li jidhru li huma l-istess persuna jew organizzazzjoni, biex jingħaqdu</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Kuntatti li se jingħaqdu</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Il-pajjiż tan-numri tat-telefown</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Ħassar il-kuntatt għal dejjem, kullimkien, u elenka r-referenzi li għandhom jiġu rieżaminati</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Ikklikkja darbtejn biex tiftaħ il-kuntatt li diġà qiegħed hawn</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Kuntatti doppji</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Ħassar għal &amp;dejjem lil din il-persuna…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>Esporta &amp;kollox dwar din il-persuna…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Ħassar għal dejjem</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Ħassar għal dejjem lil din il-persuna</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Tħassar għal dejjem lil “{name}” u dak kollu li hemm miżmum dwarhom?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>Qed jitħassar {name}</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Il-kuntatti kollha fil-lista ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Il-prattiki kollha fil-lista ({count}), f’dokument wieħed</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Kull ringiela għandha tkun tajba qabel ma jiġi importat xejn. Ikkoreġi dawn ir-ringieli fil-fajl u erġa’ importah, jew importa r-ringieli validi biss.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Kollox dwar “{name}” ġie ssejvjat f’{path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Kollox f’dan l-ispazju tax-xogħol, inklużi l-annessi, f’fajl wieħed</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Eżempju</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Excel fuq Windows juri sewwa l-ittri bl-aċċenti (ċ, ġ, ħ, ż) biss b’din il-marka</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Esporta l-kuntatti bħala &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Esporta l-kuntatti bħala vCard</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Esporta kollox dwar din il-persuna</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Esporta l-lista bħala &amp;CSV…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Esporta l-lista bħala CSV</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Esporta:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Ġew esportati {count} kuntatti f’{path}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Ġew esportati {count} rekords f’{path}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Qed jiġi esportat f’{name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kaxxa</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fajl biex jiġi importat</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Sib kuntatti &amp;doppji…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Instab</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Gruppi ta’ doppji probabbli</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Importa &amp;bħala:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Importa tabella</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Dettalji tal-importazzjoni</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Sejbiet tal-importazzjoni</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importa f’</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport tal-importazzjoni</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Riżultat tal-importazzjoni</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Importa l-kolonna “{name}” f’</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Importa r-ringieli mingħajr problemi u ħalli l-oħrajn barra</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Importa r-ringieli validi biss</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Importa r-ringieli validi biss ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importati: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Importati: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Qed jiġi importat {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Ma ħadimx: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Ir-rabtiet tiegħu jitneħħew minn {count} rekords marbuta.</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Il-valuri preċedenti tiegħu jitħassru mill-istorja tal-bidliet.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fajls JSON (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Qed infittxu kuntatti doppji</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Jixbah</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Test Markdown</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>Ir-referenzi għall-isem, l-emails jew it-telefowns tal-persuna fit-test ta’ rekords oħra ma jinbidlux: wara tingħata lista tagħhom biex tirrieżaminahom.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Referenzi li għandhom jiġu rieżaminati</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Għaqqad il-kuntatti</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Għaqqad il-kuntatti mmarkati ma’ dak li se jinżamm</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>{count} kuntatti ngħaqdu f’wieħed; rekords marbuta mill-ġdid: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>L-ismijiet kif jaqrahom {encoding}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Ma saret l-ebda kopja ta’ riżerva: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>L-ebda kolonna għadha ma tmur f’kaxxa: agħżel mill-inqas waħda.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>L-ebda doppju probabbli</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Ma nstab l-ebda doppju probabbli.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>L-ebda rekord ieħor ma huwa marbut miegħu.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>L-ebda reġjun tat-telefown mhu ssettjat għal dan l-ispazju tax-xogħol.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Mhux importati ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Mhux importat: ma ntgħażel l-ebda pajjiż għan-numri tat-telefown ta’ {name}. Ma nbidel xejn.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Mhux importat: ma ntgħażlet l-ebda kodifikazzjoni għal {name}. Ma nbidel xejn.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Mhux issettjat (jintalab meta jkun meħtieġ)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Ma tħassar xejn: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Ma ġie esportat xejn: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ma ġie importat xejn.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Ma ġie importat xejn: il-fajl ma fih l-ebda rekord.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Ma ġie importat xejn: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Ma ġie rrestawrat xejn: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Ġew importati r-ringieli validi biss; ir-ringieli hawn taħt tħallew barra.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Iftaħ il-kuntatt enfasizzat</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Iftaħ ir-rekord enfasizzat</translation>
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
        <translation>Numri tat-telefown mingħajr kodiċi tal-pajjiż</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>In-numri tat-telefown mingħajr kodiċi tal-pajjiż jinqraw bħala {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Reġjun tat-telefown</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doppji possibbli</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Doppji possibbli ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Forsi diġà hawn: {count} (ara “Doppji possibbli”)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Skeda tal-prattika</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Skedi tal-prattika miktuba: {count}, f’{path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Dehra minn qabel</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Dehra minn qabel tal-importazzjoni</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Sommarju tad-dehra minn qabel</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
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
        <translation>Proprjetà</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Aqra bħala {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Moqri bħala: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Qed jerġa’ jinqara l-fajl…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Qed jinqara {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lesta</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Esportazzjoni magħrufa</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Magħruf: &lt;b&gt;{preset}&lt;/b&gt;. Il-kolonni tiegħu huma mqabbla hawn taħt; iċċekkjahom qabel ma timporta.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Irrestawra minn fajl ta’ riżerva</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Tirrestawra {count} rekords minn {name} (magħmula fil-{date}) f’dan l-ispazju tax-xogħol vojt?</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Ġew irrestawrati {records} rekords u {files} fajls annessi minn {name}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Qed jiġi rrestawrat {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ringiela</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Ringieli murija minn qabel: {count}; kollha lesti biex jiġu importati.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Ringieli murija minn qabel: {count}; bi problema: {bad}. Ikkoreġihom fil-fajl, jew biddel il-kolonni hawn fuq.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Ringieli moqrija: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Ringieli bi problema: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Issejvja l-lista murija, bil-kolonni u l-filtri tagħha, bħala tabella</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Issejvja l-kuntatti magħżula, jew il-lista kollha, għal ktieb tal-indirizzi jew għal telefown</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Uri kuntatt l-ewwel.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Uri prattika, jew il-lista tal-prattiki, biex tagħmel skedi minnhom.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Uri l-kuntatti (jew fittex xi wħud) u agħżel dawk li trid tesporta.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Imwaqqaf: {what}. Ma nbidel xejn.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Tabelli u kotba tal-indirizzi (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Il-fajls kollha (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>L-għażla tista’ tinbidel taħt “Kodifikazzjoni” fil-pass li jmiss.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Il-kuntatt jitħassar għal dejjem minn dan il-kompjuter: ma jmurx fil-barmil, u dan ma jistax jitreġġa’ lura.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>Il-kuntatt, l-istorja tiegħu u kull rekord marbut miegħu jew li jsemmih, bħala JSON</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Il-kuntatti ma ġewx esportati: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Il-kuntatti ma ngħaqdux: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Il-pajjiż tan-numri tat-telefown miktuba mingħajr kodiċi tal-pajjiż, għal dan l-ispazju tax-xogħol</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Il-fajl ma jistax jintwera minn qabel: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Il-fajl ma jistax jinqara b’dak il-mod: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>L-ewwel ringieli kif se jinħażnu. Ir-ringieli bi problema huma mmarkati; l-importazzjoni tieqaf jekk xi ringiela tal-fajl ikollha waħda.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>L-ittri ta’ {name} jistgħu jinqraw b’aktar minn mod wieħed, u ma nistgħux ngħidu liema hu t-tajjeb. Agħżel il-kolonna fejn l-ismijiet huma miktuba sewwa.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>Il-lista ma ġietx esportata: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>Ir-reġjun tat-telefown ma ġiex issejvjat: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>Il-prattika murija: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>Ir-rekords li sabet it-tfittxija, bil-kolonni li turi l-lista għat-tip tagħhom.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>It-tfittxija għad-doppji waqfet: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>It-tfittxija ma sabet xejn x’tesporta.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Il-kuntatti magħżula ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>Il-prattiki magħżula ({count}), f’dokument wieħed</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>L-iskeda ma nkitbitx: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>Il-barmil ma jistax jiġi esportat. Agħżel prattiki, kuntatti, għodod jew temi.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Dawn il-kuntatti jidhru li huma l-istess persuna jew organizzazzjoni. L-għaqda żżomm kuntatt wieħed, timla l-kaxxi vojta tiegħu minn tal-oħrajn, tgħaddilu kull rabta u anness, u tibgħat l-oħrajn fil-barmil (jistgħu jiġu rrestawrati).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Dan il-fajl ma jistax jiġi importat: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Dan il-fajl ma jistax jiġi rrestawrat: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Din il-mistoqsija ssir darba u titfakkar għall-ispazju tax-xogħol; tibdilha minn Fajl → Issettjar. In-numri b’kodiċi tal-pajjiż, u r-ringieli li jsemmu pajjiż, jinqraw kif inhuma.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Din ir-ringiela għandha problema</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Dan l-ispazju tax-xogħol mhuwiex kondiviż ma’ server tal-grupp; il-kopji x’imkien ieħor (kopji ta’ riżerva, esportazzjonijiet) ma jintmessux.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Dan l-ispazju tax-xogħol huwa kondiviż: it-tħassir jintbagħat lis-server tal-grupp fis-sinkronizzazzjoni li jmiss, u l-kopja ta’ kull membru tħassru wkoll.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 b’&amp;BOM, għal Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 b’BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 b’BOM, għal Excel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valur</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Linja vertikali ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Stenna sakemm jispiċċa x-xogħol li għaddej (importazzjoni, esportazzjoni), imbagħad erġa’ irrestawra.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Twissijiet ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>X’jagħmel it-tħassir għal dejjem</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Għaliex</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Għaliex jixxiebhu</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Għaliex: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Qed jinkiteb {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>kolonna {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>maħluq {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>home</source>
        <translation>dar</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>other</source>
        <translation>ieħor</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>skedi-tal-prattika</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>dan il-fajl</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (telefowns eqdem)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fajls vCard (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>xogħol</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} fih numri tat-telefown mingħajr kodiċi tal-pajjiż (bħal “{example}”) f’ringieli li ma jsemmu l-ebda pajjiż. F’liema pajjiż huma?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: kull rekord li turi l-lista ({count}), bil-filtri, l-ordni u l-kolonni murija tagħha.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: instabu {count}</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— ħalli barra —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>“{name}” tħassar għal dejjem.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>“{name}” tħassar għal dejjem. L-ebda rekord ieħor ma jsemmih fit-test tiegħu.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>“{name}” tħassar għal dejjem. Dawn ir-rekords għadhom isemmuh fit-test tagħhom. Iftaħ kull wieħed u neħħi jew ifformula mill-ġdid ir-referenza fejn hija data personali.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Agħti l-munita tal-ammont tal-finanzjament</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>Ir-reġjun {value} mhuwiex f’{country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Id-data tat-tmiem hija qabel id-data tal-bidu</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Kaxxa mhux magħrufa “{value}”</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label}: il-valur ma jistax ikun negattiv</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label}: il-kaxxa hija obbligatorja</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label}: it-test huwa twil wisq ({length} karattri, l-aktar {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label}: għandu jkun lista</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label}: għandu jkun lista ta’ test</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label}: għandu jkun numru, mhux “{value}”</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label}: għandu jkun numru sħiħ</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label}: għandu jkun test</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: kull entrata teħtieġ valur</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>“{value}” mhuwiex kodiċi ta’ reġjun NUTS</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>“{value}” mhijiex data (uża YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>“{value}” mhuwiex numru tat-telefown (uża +kodiċi tal-pajjiż, eż. +356 2100 0000)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>“{value}” mhuwiex numru tat-telefown possibbli</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>“{value}” mhuwiex id ta’ rekord</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>“{value}” mhuwiex indirizz tal-email validu</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>“{value}” mhuwiex indirizz web (għandu jibda b’https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>“{value}” mhuwiex kodiċi tal-pajjiż ISO 3166</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>“{value}” mhuwiex kodiċi tal-munita ISO 4217</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>“{value}” mhuwiex kodiċi tal-lingwa ISO 639</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>“{value}” mhuwiex wieħed minn: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;X’hemm ġdid</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(mingħajr titlu)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>Minn {who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Kuntatt mibdul: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Prattika mibdula: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Għodda mibdula: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Kollox hawn moqri.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>L-ewwel sinkronizzazzjoni: {items} mill-grupp tiegħek</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Immarka &amp;kollox bħala moqri</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Immarka kollox f’X’hemm ġdid bħala moqri</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Kuntatt ġdid: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Prattika ġdida: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Għodda ġdida: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Għad m’hemm xejn ġdid mill-grupp tiegħek. Meta oħrajn iżidu jew ibiddlu prattiki, kuntatti jew għodod, jidhru hawn wara sinkronizzazzjoni.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Dawk &amp;mhux moqrija biss</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Dak ir-rekord m’għadux hawn.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Illum</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Mhux moqri: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>X’wasal mill-grupp tiegħek</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>X’żied jew biddel il-grupp tiegħek minn mindu ħarist l-aħħar darba</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>X’hemm ġdid</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ilbieraħ</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>xi ħadd</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} mill-grupp tiegħek</translation>
    </message>
</context>
</TS>
