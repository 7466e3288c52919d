<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ga_IE" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Dún</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Níl aon ríomhchlár ann a osclaíonn an comhad seo</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Sábháil cóip</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Sábháil cóip…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Níl aon ríomhchlár ar an ríomhaire seo a osclaíonn “{name}”. Is féidir leat cóip a shábháil agus í a oscailt níos déanaí le ríomhchlár de do rogha féin.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Seirbhís chomhairle</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Údarás</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Dona</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Comharchumann pobail</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Fondúireacht phobail</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toiliú</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Conradh</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dréacht</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Seirbhís mhaoinithe</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Maith</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Treoirlíne</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Baile</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Oibleagáid dhlíthiúil</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Leasanna dlisteanacha</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Údarás áitiúil</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Modheolaíocht</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Measctha</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Fón póca</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Eagraíocht</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Eile</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Duine</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Moladh beartais</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Cúram poiblí</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Údarás réigiúnach</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Comhroinnte</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Fiontar sóisialta</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Seirbhís tacaíochta</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Teimpléad</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Tríú háit</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Foireann uirlisí</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Oiliúint</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Cumann sráidbhaile</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Leasanna ríthábhachtacha</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Tarraingthe siar</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Obair</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Fiontar lánpháirtíochta oibre</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Ceangaltán</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Ceangaltáin</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Teagmhálaí</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Teagmhálaithe</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Plé</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Pléanna</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Teagmhálaithe nasctha</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Cleachtais nasctha</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Uirlisí nasctha</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Teagmhálaí nua</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Cleachtas nua</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Téama nua</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Uirlis nua</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Postáil</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Postálacha</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Cleachtas</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Cleachtais</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Téama</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Téamaí</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Uirlis</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Uirlisí</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Díbir</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>Fág &amp;scriosta é</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Luach cumaiscthe (cuir in eagar é, ansin sábháil):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Oscail an taifead</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>Athchóirigh an &amp;taifead</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>Sábháil an luach &amp;cumaiscthe</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(folamh)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(gan teideal)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Coimhlintí</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Coinnigh &amp;mo cheann</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Coinnigh a &amp;gceann siúd</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Luach cumaiscthe</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Níl aon choimhlint ann: d’oir na hathruithe go léir a rinne do ghrúpa dá chéile.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Níor sábháladh: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Coimhlintí oscailte</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Diúltaithe: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Réitithe: “{title}” — {field}. Roinnfear do rogha leis an ngrúpa ag an gcéad sioncrónú eile.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>A luach siúd</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>A gceann siúd — ó {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Nuair a d’athraigh beirt an rud céanna roimh shioncrónú, choinnigh freastalaí an ghrúpa luach amháin agus chuir sé an ceann eile i leataobh. Roghnaigh cad ba cheart a bheith sa taifead; roinnfear do rogha le gach duine ag an gcéad sioncrónú eile.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>An fáth ar dhiúltaigh an freastalaí dó</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>D’athrú ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Do luach</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>Do cheann — ó {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>ball eile</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>scriosta nó coinnithe</translation>
    </message>
    <message>
        <source>no</source>
        <translation>níl</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>an grúpa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tá</translation>
    </message>
    <message>
        <source>you</source>
        <translation>tusa</translation>
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
        <translation>(gan teideal)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cealaigh</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cealaigh an eagarthóireacht</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Roghnaigh taifead sa liosta, nó brúigh Ctrl+N chun ceann a chur leis.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Sonraí</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Foirm eagarthóireachta</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Cuir “{title}” in eagar</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Tá na réimsí marcáilte le * riachtanach.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Imeacht gan sábháil?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Ceartaigh na réimsí atá marcáilte thíos.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Fadhb le {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Taifead</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Riachtanach</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sábháil</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Sábháil an taifead</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Níl d’athruithe ar an taifead seo sábháilte. An bhfágfaidh tú an fhoirm agus iad a chailleadh?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>cruthaithe ag {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>sa bhruscar</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>athraithe go deireanach {when} ag {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>níl sé ar an ríomhaire seo fós</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>bain</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>dínasc</translation>
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
        <translation> nóim.</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Ceangaltáin:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Brabhsáil…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Fillteán na &amp;sonraí:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Méid an chló:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Teanga na comhéadaine:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>Cód c&amp;uiridh:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>Réigiún na n-uimhreacha &amp;fóin:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>Úsáidfear fillteán nua na sonraí ón gcéad tosú eile.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Cuir do chleachtais, do theagmhálaithe agus d’uirlisí féin leis.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>Fiafraigh &amp;roimh shioncrónú a athraíonn níos mó ná:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cealaigh</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Roghnaigh fillteán na sonraí</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colúin</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Ceangail le freastalaí grúpa</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Fillteán na sonraí</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Fillteán réamhshocraithe na sonraí</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Taifid taispeána in aghaidh an bhailiúcháin</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Íoslódáil nuair a osclaítear é</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Cleachtais, teagmhálaithe agus uirlisí ficseanúla i seacht dteanga, chun triail a bhaint as rudaí. Is féidir leat iad a scriosadh níos déanaí.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Aimsigh taifid le nascadh</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Cód cuiridh</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Téigh isteach i stór comhroinnte do ghrúpa leis an gcód cuiridh a sheol do chomhordaitheoir chugat.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Coinnigh gach rud as líne</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Luchtaigh sonraí taispeána</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Nuair a iarraim é amháin</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Taifid in aghaidh an bhailiúcháin:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Taifid le nascadh</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>Coinníonn RuralDesk cleachtais, teagmhálaithe agus uirlisí do ghrúpa ar an ríomhaire seo, agus oibríonn sé gan cheangal. Conas ba mhaith leat tosú?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ioncrónaigh gach:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Socruithe</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Taispeáin na colúin seo:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Tosaigh le spás oibre folamh</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Á stopadh…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Teanga an chórais</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Méid an chórais</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Clóscríobh ainm nó focal chun taifid a aimsiú</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Fáilte go RuralDesk</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>curtha leis {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} as {total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>Postálacha: %n</numerusform>
            <numerusform>Postálacha: %n</numerusform>
            <numerusform>Postálacha: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>Ábhair: %n</numerusform>
            <numerusform>Ábhair: %n</numerusform>
            <numerusform>Ábhair: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(gan teideal)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(níor luadh)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Tá teideal agus postáil tosaigh de dhíth ar ábhar.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Ceangail comhaid</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Ceangail comhaid…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Ceangailte:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Tráchtanna</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Tráchtanna (%n)</numerusform>
            <numerusform>Tráchtanna (%n)</numerusform>
            <numerusform>Tráchtanna (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Níorbh fhéidir an plé a easpórtáil: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Níorbh fhéidir sábháil: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Dréacht coinnithe</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Dréacht coinnithe ó {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Cuir in eagar</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Cuir do phostáil in eagar</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Easpórtáil mar Markdown…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Easpórtáil mar PDF…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Easpórtáil an plé</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Comhaid le ceangal leis an bpostáil seo</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Comhaid le ceangal: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Folaithe ag comhordaitheoir: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Folaithe ón ngrúpa: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Folaigh</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Folaigh an plé…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Folaigh…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Teanga</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Teanga:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Gníomhaíocht dheireanach</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>&amp;Ábhar nua…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Ábhar nua</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Ábhar nua…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Níl aon phostáil ann fós. Scríobh an chéad cheann thíos.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Níl aon ábhar ann fós. Tosaigh ceann le hÁbhar nua; tá tráchtanna ar chleachtas, ar uirlis nó ar theagmhálaí ag bun a leathanaigh.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Ní freagra é</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Ní cheadaítear: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Postáil tosaigh</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Postáil tosaigh:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Postáil</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Postáil é (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Baineadh an phostáil</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Postáilte. Rachaidh sé chuig an ngrúpa ag an gcéad sioncrónú eile.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Postálacha</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Freagair</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Ag freagairt postála</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Ag freagairt {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Taispeáin postálacha níos luaithe (%n)</numerusform>
            <numerusform>Taispeáin postálacha níos luaithe (%n)</numerusform>
            <numerusform>Taispeáin postálacha níos luaithe (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Taispeáin arís</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Taispeáin pléanna</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Tosaigh plé leis an ngrúpa</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Tosaigh plé leis an ngrúpa (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Tosaithe ag</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>Scríobhadh an plé chuig {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>Fanann an leagan roimhe seo i stair na postála.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>An phostáil tosaigh… *iodálach*, **trom**, - liostaí, [naisc](https://…), @ball</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teideal</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Teideal:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ábhar</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Ábhair</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Leagan {n}, {when}, ó {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Leaganacha den phostáil</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Cad faoi a bhfuil sé?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Cén fáth a bhfuil sé á fholú? Feiceann gach duine an fáth ina áit.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tarraing siar</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>An dtarraingeofar an phostáil seo siar? Imíonn a téacs as an snáithe; fanann a leaganacha roimhe seo ina stair.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Tarraing do phostáil siar</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Tarraingthe siar ag an údar.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Scríobh postáil… *iodálach*, **trom**, - liostaí, [naisc](https://…), @ball (postálann Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Scríobh rud éigin ar dtús.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Scríobh chuig an snáithe ar fad ina ionad (Escape)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Do phostáil</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>ní cheadaíonn rialacha an phlé an t-athrú seo</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>tá téacs de dhíth ar phostáil</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>postáil bainte</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>curtha in eagar</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>mar fhreagra ar {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>ní féidir ach le comhordaitheoir postáil nó plé a fholú</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>ní féidir ach le húdar postála í a chur in eagar nó a tharraingt siar</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>ní féidir ach leis an mball a thosaigh plé a theideal, a théamaí nó a theanga a athrú</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>tosaithe ag {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (folaithe)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · nua: {count}</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(roghnaigh)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dada)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Cuir leis</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Glan</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Gan dáta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bain</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Clóscríobh agus brúigh Enter</translation>
    </message>
    <message>
        <source>add</source>
        <translation>cuir leis</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>glan</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liosta</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>bain</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>le cur leis</translation>
    </message>
    <message>
        <source>type</source>
        <translation>cineál</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Gníomhaíochtaí</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Ceangaltáin</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Lucht sprice</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Údar</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Téama níos leithne</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Tráchtanna ar</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Dáta an toilithe</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Foinse an toilithe</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Comhthéacs</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Tír</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Airgeadra</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Cur síos</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Plé</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Seoltaí ríomhphoist</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Dáta deiridh</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Téamaí saineolais</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Sloinne</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Ainm an chomhaid</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Ainm iomlán duine, nó ainm eagraíochta</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Méid an mhaoinithe</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Foinse an mhaoinithe</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ainm</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Ball den ghrúpa</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Folaithe mar gheall ar</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Mar fhreagra ar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Saghas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Teanga</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Teangacha</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Bunús dlíthiúil</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Ceachtanna foghlamtha</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Naisc</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Cineál meáin</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Lua</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ainm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nótaí</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Cuspóirí</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Constaicí (dlí / beartas)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Eagraíocht</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Cineálacha eagraíochta</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Comhpháirtithe (údaráis san áireamh)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Fóin</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cód poist</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Réigiún</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Teagmhálaithe gaolmhara</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Uirlisí gaolmhara</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Postálacha bainte</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Torthaí</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Nóta athbhreithnithe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ról</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Méid (bearta)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Dáta tosaigh</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Tosaithe ag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stádas</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Seoladh sráide</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Achoimre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Téacs</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>Ainm baill an duine sa ghrúpa: is cuid dá shonraí a chuid postálacha ansin</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Téamaí</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teideal</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Baile / sráidbhaile</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Inaistritheacht</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Suíomh gréasáin</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>Loga &amp;iniúchta</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>Cea&amp;laigh an cuireadh</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Cóipeáil</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Easpórtáil gach rud faoin duine seo…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Comhad:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>&amp;Tabhair comhad don fhreastalaí…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>C&amp;uirí</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>Tabhair &amp;cuireadh do dhuine…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Baill</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ainm:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>Na hiontrálacha is nua&amp;í</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>Iontrálacha níos si&amp;ne</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Eagraíocht:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Pasfhrása:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>&amp;Sonraí daoine</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ról:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Bailí ar feadh:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 lá</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 seachtain</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Stopann comhartha cúlghairthe an sioncrónú láithreach: coinníonn an ríomhaire sin a chóip ach ní féidir leis aon rud a sheoladh ná a fháil níos mó. Ticeáil na ríomhairí le dícheangal.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Faoi</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Chuir ball leis</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Ag fiafraí den fhreastalaí cé thú féin…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>Ag {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>Ag {url} · do ról: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Loga iniúchta</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Roghnaigh…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Cealaigh an cuireadh</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>An gcealófar an cuireadh do {name}? Stopann an cód ag obair láithreach; is féidir leat cuireadh a thabhairt arís níos déanaí.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Chealaigh cuireadh</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>An cuireadh á chealú…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Athraigh an &amp;ról…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Athraigh ról {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>D’athraigh ball</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>An ról á athrú…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Roghnaigh an comhad</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Comhordaitheoir</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Cóipeáilte</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Cóipeáil an cód cuiridh</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Cruthaigh an cuireadh</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>An cuireadh á chruthú…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Sonraí</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Sc&amp;rios an duine seo go buan…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Scrios go buan ar gach cóip áitiúil</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Scrios “{name}” go buan</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>An scriosfar “{name}” go buan ón ngrúpa ar fad? Ní féidir é seo a chealú. Scriostar anseo é agus seoltar chuig an bhfreastalaí láithreach é; scriosann RuralDesk gach baill é ag a chéad sioncrónú eile:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Scrios taifead go buan</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Á scriosadh go buan…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Scríobhadh gach rud faoi {name} chuig {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Easpórtáil gach rud faoi {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Á easpórtáil…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Comhad</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Aimsigh duine</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Tabhair an cód seo do {name}. In RuralDesk roghnaíonn siad Sioncrónú → Socraigh an sioncrónú… agus greamaíonn siad é, nó scanann siad an pictiúr le fón agus seolann chucu féin é. Oibríonn sé uair amháin, go dtí {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grúpa</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Stádas fhuinneog an ghrúpa</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Grúpa “{group}”</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Tabhair comhad don fhreastalaí</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Tabhair don fhreastalaí</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>An comhad á thabhairt don fhreastalaí…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Cód cuiridh</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Cód cuiridh mar chód QR</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Cuireadh do {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Cealaíodh an cuireadh do {name}.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Cruthaíodh cuireadh do {name}.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Tabhair cuireadh do dhuine</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Thug cuireadh do dhuine</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>D’eisigh comhartha</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>A cheangaltáin: dada</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>A cheangaltáin: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>A stair, leis na luachanna a bhí ann (athruithe taifeadta: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Comhaid JSON (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Chuaigh tú isteach sa ghrúpa, ach níorbh fhéidir an comhartha a choinneáil: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Chuaigh isteach le cuireadh</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Sioncrónú deireanach</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Naisc chuige ó thaifid eile: dada</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Naisc chuige ó {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Liosta á dhéanamh de na rudaí a bhainfidh an scriosadh buan…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>An loga iniúchta á luchtú…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Comharthaí an bhaill á luchtú…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Na baill á luchtú…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Na cuirí oscailte á luchtú…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ball</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Baill</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Feiceann na baill an t-ainm nua tar éis a gcéad sioncrónaithe eile; fanann seoladh an ghrúpa mar atá.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ainm</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Níl ceangal le freastalaí grúpa.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Níor déanadh é: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Athruithe sa chomhad: {total}; chuir an freastalaí {applied} i bhfeidhm agus bhí {already} aige cheana.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Athruithe sa chomhad: {total}; chuir an freastalaí {applied} i bhfeidhm, bhí {already} aige cheana agus dhiúltaigh sé do {refused}: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Ní féidir ach le comhordaitheoirí an ghrúpa cuireadh a thabhairt do dhaoine, róil a athrú nó baill a bhaint. Iarr ar dhuine acu.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Cuirí oscailte</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Eagraíocht</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Daoine</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Athluchtaigh</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>Bain &amp;den ghrúpa…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>Athainmnigh an &amp;grúpa…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Cúlghair co&amp;mharthaí…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Léitheoir</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Bain {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Bain {name} den ghrúpa</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>An mbainfear {name} den ghrúpa? Stopann comharthaí an duine sin ag obair láithreach agus ní fhaigheann sé taifid an ghrúpa níos mó. Fanann gach rud a chuir an duine leis nó a d’athraigh sé, faoina ainm.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Bhain ball</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>An ball á bhaint…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Athainmnigh an grúpa</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>D’athainmnigh an grúpa</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>An grúpa á athainmniú…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Cúlghair</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Cúlghair comharthaí {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Chúlghair comhartha</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Á chúlghairm…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ról</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Seol na hathruithe i gcomhad aistrithe a thug duine éigin isteach díreach chuig an bhfreastalaí</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Téann na hathruithe sa chomhad chuig an bhfreastalaí faoi ainmneacha na ndaoine a rinne iad; faigheann an ríomhaire seo iad ag a chéad sioncrónú eile, cosúil le gach duine. Ní ghlactar faoi dhó le hathruithe atá ag an bhfreastalaí cheana.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Tá an cód ar an ngearrthaisce.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>An teagmhálaí “{name}” agus gach luach réimse a bhí aige</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>An plé faoin teagmhálaí seo, lena phostálacha ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Níl aon athruithe sa chomhad; níor seoladh aon rud.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>Na cúig fhocal a tugadh leis an gcomhad, ar leith uaidh.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>Is é “{name}” ainm an ghrúpa anois.</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>Tugann an cuireadh áit sa ghrúpa do dhuine amháin. Greamaíonn siad an cód in RuralDesk (Sioncrónú → Socraigh an sioncrónú…) ar a ríomhaire; oibríonn sé uair amháin.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>Luaitear an duine freisin i dtéacs taifead eile ({count}). Ní athraítear an téacs sin: athbhreithnigh é tar éis an scriosta bhuain (taispeánann an easpórtáil cén áit).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Postálacha an duine féin i bpléanna an ghrúpa ({count}); fanann na snáitheanna agus taispeánann siad “baineadh an phostáil”</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Níl aon chomhartha in úsáid ag an mball seo.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Níl an spás oibre seo ceangailte le freastalaí grúpa. Úsáid Sioncrónú → Socraigh an sioncrónú… leis an gcód cuiridh a thug do chomhordaitheoir duit.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Comharthaí</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Comharthaí cúlghairthe do {name}: {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Clóscríobh ainm, ríomhphost nó uimhir fóin</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Bailí go dtí</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cad</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Cad a tharlóidh</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cathain</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Nuair a fhiafraíonn duine cad atá ag an ngrúpa fúthu, nó nuair a iarrann siad go ndéanfaí dearmad orthu (ailt 15 agus 17 den RGCS), aimsigh anseo iad.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cé</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Ag obair</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>cuireann sé taifid an ghrúpa leis agus cuireann sé in eagar iad</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>mar a fheicfidh an grúpa é</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>bainistíonn sé an grúpa: baill, cuirí, scriosadh buan</translation>
    </message>
    <message>
        <source>never</source>
        <translation>riamh</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>roghnach</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>léann sé taifid an ghrúpa, ní athraíonn sé dada</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>ní féidir an comhad a léamh ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>níor ghlac an freastalaí le comhartha an ríomhaire seo; iarr cuireadh nua ar do chomhordaitheoir</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>ríomhaire gan ainm</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>laethanta: {count}</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>seachtainí: {count}</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, ó {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (tusa)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>Níl {name} ina bhall níos mó; fanann na taifid a chuir an duine leis.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>Ról nua {name}: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>Scriosadh “{name}” go buan anseo; téann an scriosadh chuig an bhfreastalaí leis an sioncrónú seo agus sroicheann sé gach cóip áitiúil ag a chéad sioncrónú eile.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Curtha i bhfeidhm: {applied}. Anseo cheana: {duplicates}. Le cur ar aghaidh chuig an bhfreastalaí: {held}. Diúltaithe: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Athruithe scríofa: {count}, chuig {path}.

Pasfhrása (ar taispeáint anois amháin): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Ceangail an ríomhaire seo le freastalaí an ghrúpa uair amháin sula dtugann tú athruithe ar aghaidh.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Easpórtáil athruithe do ríomhaire eile…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Athruithe á n-easpórtáil</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Comhaid aistrithe (*.rdrelay);;Gach comhad (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Iompórtáil athruithe ó chomhad…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Athruithe á n-iompórtáil</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Níor athraíodh aon rud: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Pasfhrása</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Stoptha. Níor athraíodh aon rud.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Tá an comhad gearr: níor cóipeáladh go hiomlán é.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Athraíodh nó rinneadh damáiste don chomhad tar éis é a dhéanamh.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Cuirfear glas ar an gcomhad leis na focail seo (is féidir iad a athrú). Tabhair iad don duine a iompórtálfaidh é, ar leith ón gcomhad.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>Ní osclaíonn an pasfhrása an comhad seo: seiceáil na focail agus bain triail eile as.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Tá athruithe grúpa eile sa chomhad seo.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>Ní comhad aistrithe RuralDesk é seo.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Clóscríobh na focail ar cuireadh glas ar an gcomhad leo.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>Maidir le RuralDesk</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Eagraí cleachtas, teagmhálaithe agus uirlisí a oibríonn as líne ar dtús, do ghrúpaí geilleagair shóisialta faoin tuath: cumainn sráidbhaile, comharchumainn, fiontair shóisialta, tríú háiteanna agus na húdaráis a oibríonn leo.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Ceadúnas:</translation>
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
        <translation>Treoir úsáideora RuralDesk</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>Níl an treoir úsáideora suiteáilte leis an gcóip seo de RuralDesk. Tá sí ar líne ag {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Treoir úsáideora</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Spás oibre:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Tráchtanna ar {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>Níl DejaVu Sans suiteáilte: úsáideann an PDF Helvetica, nach féidir leis litreacha lasmuigh d’Iarthar na hEorpa a phriontáil (Polainnis, Gréigis…); suiteáil fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Plé</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Easpórtáil Google Contacts</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Easpórtáil Google Contacts (Outlook CSV)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Folaithe ag comhordaitheoir: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Easpórtáil Outlook</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Fón ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Baineadh an phostáil</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Postálacha: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Réigiún: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Tosaithe ag {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Easpórtáil leabhar seoltaí Thunderbird</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Tarraingthe siar ag an údar.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>pictiúr GIF</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>pictiúr JPEG</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>cáipéis PDF, ní tábla ná leabhar seoltaí</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>pictiúr PNG</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>ríomhchlár Windows, ní comhad sonraí</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>cartlann ZIP (scarbhileog .xlsx nó .ods?); sábháil mar CSV í ón scarbhileog ar dtús</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>comhad</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>comhad comhbhrúite le gzip; dí-chomhbhrúigh é ar dtús</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>ríomhchlár, ní comhad sonraí</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>ní dhúntar comhartha athfhriotail (&quot;) sa ró seo riamh</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>ní dhúntar comhartha athfhriotail (&quot;) sa ró seo ar a líne féin</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>tá téacs i gcill idir comharthaí athfhriotail i ndiaidh an chomhartha deiridh, agus níl an oiread ceall sa ró agus atá sa cheanntásc</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>ní iompórtáiltear an dara seoladh (ní choinnítear ach seoladh amháin)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>tábla</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>comhad vCard</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>níor aithníodh tír an tseolta</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>bunachar sonraí SQLite (chun spás oibre iomlán a thabhairt ar ais, úsáid athchóiriú)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>rogha eile (ALTID {altid}) ar luach atá coinnithe cheana</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>seanchomhad Office (.xls nó .doc); sábháil mar CSV é ón scarbhileog ar dtús</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>ní féidir {name} a léamh: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>ní téama den spás oibre seo í an chatagóir</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>colún {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>curtha in eagar {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>ní téama den spás oibre seo é an grúpa “{group}”; níor iompórtáladh é</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>tá cealla ann ({cells}) ach ainmníonn an ceanntásc colúin ({columns}); chaillfí na cealla breise</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>mar fhreagra ar {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>tá comhad ann nach bhfuil ar liosta a léiriúcháin (“{file}”)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>tá an comhad “{file}” ann faoi dhó</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>liostaíonn sé comhaid cheangaltáin ({count}), níos mó ná an uasmhéid ({limit}) a cheadaítear i gcúltaca</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>bheadh sé {size} tar éis a dhíphacáil, níos mó ná an uasmhéid ({limit}) is féidir le hathchóiriú a scríobh</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>ní chuireann a léiriúchán síos i gceart ar chomhad na cóipe áitiúla</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>ní thugann a léiriúchán na líonta i gceart</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>ní liostaíonn a léiriúchán na ceangaltáin i gceart</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>tá a léiriúchán níos mó ná léiriúchán aon chúltaca</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>ní liosta de luachanna ainmnithe é a léiriúchán</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>liostaíonn a léiriúchán an ceangaltán {file}… faoi dhó</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>ainmníonn a léiriúchán ceangaltán “{file}” nach suim sheiceála é</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>níor aithníodh an teanga</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>is cosúil le cárta {number} den chomhad seo é ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>is cosúil le ró {number} den chomhad seo é ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>is cosúil le “{title}” atá anseo cheana é ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>níor iompórtáladh réimír an ainm</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>níor iompórtáladh iarmhír an ainm</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>níl réimse comhoiriúnach ann</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>níl aon chleachtas le scríobh (ní aimsíonn an cuardach ná na scagairí aon cheann); níor scríobhadh {out}</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>ní choinnítear ach seoladh amháin</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>ní choinnítear ach ainm amháin</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>ní choinnítear ach eagraíocht amháin</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>ní choinnítear ach ról amháin</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>ní choinnítear ach seoladh gréasáin amháin</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>níor coinníodh lipéad an fhóin (iompórtáiltear an uimhir)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>níl cód tíre ag an uimhir fóin {number} agus níl aon réigiún socraithe chun í a léamh; coinníodh sna nótaí í (socraigh réigiún na n-uimhreacha fóin don spás oibre, nó --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>scríobhadh an uimhir fóin {number} mar {written} (léitear uimhreacha gan cód tíre mar {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>ní réigiún NUTS atá ar eolas againn é an réigiún “{region}”; coinníodh sna nótaí é</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>an ríomhphost céanna {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>an t-ainm céanna</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>an fón céanna {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>ainmneacha cosúla ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>scarbhileog (colúin meaitseáilte de réir a n-ainmneacha)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>díríonn ainm an chomhaid “{file}” lasmuigh den chúltaca</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>tá an ró deiridh giortaithe (níos lú ceall ná an ceanntásc agus gan deireadh líne): is cosúil go bhfuil an comhad teasctha</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>ní féidir an ró a léamh ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>níl an spás oibre {path} folamh (taifid: {count}); ná hathchóirigh ach isteach i spás oibre folamh (roghnaigh ceann nua)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>easpórtáladh an cárta seo ón spás oibre seo agus tá an teagmhálaí anseo fós (an UID céanna)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>ionchódú anaithnid {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} (luachanna: {count})</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>ní féidir {name} a athchóiriú go sábháilte: {reason}; níor athraíodh dada</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>níl ró ceanntáisc ag {name} (ba cheart don chéad líne na colúin a ainmniú)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>tá cóip áitiúil dhamáistithe i {name} ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>tá {name} in UTF-8 ach amháin líne {line} (beart {byte}), atá in ionchódú eile: tá dhá ionchódú measctha in aon chomhad amháin; ceartaigh an líne sin, nó roghnaigh ionchódú an chomhaid ar fad</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>comhad dénártha é {name}, ní téacs (tá bearta NUL ann)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>comhad dénártha é {name}, ní téacs (tá bearta NUL ann, an chéad cheann ar líne {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>tá {name} damáistithe ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>tá {name} damáistithe: ní mheaitseálann an ceangaltán {file}… a shuim sheiceála</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>tá {name} damáistithe: ní mheaitseálann an chóip áitiúil atá ann a suim sheiceála</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>tá {name} damáistithe: tá “{file}” níos giorra ná mar a deir a léiriúchán</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>tá {name} folamh</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>níl {name} in aon ionchódú is féidir linn a léamh go beacht (ní UTF-8, UTF-16, leathanach cód Windows nó ISO 8859, ná Shift-JIS é); sábháil arís mar UTF-8 é</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>tá {name} neamhiomlán: tá comhaid ar iarraidh ({count}; an chéad cheann: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>ní cúltaca RuralDesk é {name} (ní comhad ZIP é); b’fhéidir go bhfuil sé teasctha</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>ní cúltaca RuralDesk é {name}, nó tá sé damáistithe ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>ní cúltaca de spás oibre RuralDesk é {name}</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>ní comhad vCard é {name} (ba cheart dó tosú le BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>ní comhad vCard bailí é {name}: tá cárta {number} briste ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>ní téacs bailí UTF-16 é {name}; b’fhéidir go bhfuil sé teasctha nó damáistithe</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>ní téacs bailí UTF-32 é {name}; b’fhéidir go bhfuil sé teasctha nó damáistithe</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>ní téacs {encoding} é {name} tar éis an tsaoil (beart {byte}); sábháil arís mar UTF-8 é</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>ní téacs {encoding} é {name}: tá bearta ar líne {line} nach féidir a léamh (beart {byte}); roghnaigh ionchódú eile</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>tá {name} {size}, níos mó ná an uasmhéid ({limit}) atá ceadaithe ({what}); roinn ina chomhaid níos lú é</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>is {what} é {name}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>tá {size} de spás saor ar an diosca de dhíth ar {name} agus níl ach {free} saor; níor athraíodh dada</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>tosaíonn {name} mar UTF-8 ach tá bearta ar líne {line} nach UTF-8 iad (beart {byte}); b’fhéidir go bhfuil sé damáistithe — sábháil arís mar UTF-8 é</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>rinneadh {name} le leagan níos nuaí de RuralDesk (formáid chúltaca {version}); nuashonraigh RuralDesk chun é a athchóiriú</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, líne {line}: tá téacs i gcill idir comharthaí athfhriotail i ndiaidh an chomhartha deiridh ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, líne {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: ní dhúntar riamh comhartha athfhriotail (&quot;) a osclaíodh in aice le líne {line}; is cosúil go bhfuil an comhad teasctha nó damáistithe</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: ní dhúntar cárta {number} riamh (tá END:VCARD ar iarraidh); is cosúil go bhfuil an comhad teasctha</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: níl an t-ionchódú cinnte, léitear an comhad ar bhealach difriúil mar {shown}; roghnaigh ceann acu (mar shampla --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>ní féidir {path} a léamh ({reason}); athchóirigh isteach i spás oibre nua</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>níl {path} ann</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>is fillteán é {path}, ní {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>ní spás oibre folamh é {path}</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>níor iompórtáladh {property}: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: fágadh carachtair ({count}) as an PDF i script nach féidir leis an gcló a thaispeáint ({scripts})</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>maíonn “{file}” méid nach féidir a bheith ag a shonraí comhbhrúite (buama zip?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>is nasc nó fillteán é “{file}”, ní comhad</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>tá “{file}” criptithe nó comhbhrúite ar bhealach nach scríobhann RuralDesk</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>níl “{file}” ar an méid a deir a léiriúchán</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>díphacálann “{file}” go níos mó ná a mhéid fógartha (buama zip?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>ní uimhir fóin is féidir linn a léamh í “{number}”; coinníodh sna nótaí í</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>ní tír é “{value}” (úsáid ainm nó cód ISO 3166 mar PT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>ní dáta é “{value}” (úsáid BBBB-MM-LL nó LL/MM/BBBB)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>ní teanga é “{value}” (úsáid ainm nó cód ISO 639 mar ga)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>ní teanga é “{value}” (úsáid cód ISO 639 mar ga)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>ní uimhir é “{value}”</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>ní aitheantas taifid é “{value}”</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>ní téama den spás oibre seo é “{value}”</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>ní slánuimhir é “{value}”</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>níl “{value}” ar cheann de na luachanna seo: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Gach cineál</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Aon tír</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Aon saghas</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Aon teanga</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Aon réigiún</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Aon téama</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Glan</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Glan na scagairí</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colúin</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Tír</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Scag de réir: {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>Sa bhruscar: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Saghas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Teanga</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Achoimre an liosta</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Taifid</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Taifid: {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Réigiún</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Torthaí: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Torthaí: {shown} as {total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Sábháil an cuardach…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Sábháil an cuardach seo</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Roghnaithe: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Téama</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Cineál</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Clóscríobh chun cleachtais, teagmhálaithe, uirlisí agus téamaí a chuardach.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;Maidir le RuralDesk</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Ceangail comhaid…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>S&amp;iar</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Colúin…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Cóipeáil faisnéis dhiagnóiseach</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Scrios</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Eagar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Comhad</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>A&amp;imsigh…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ca&amp;bhair</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Nasc le…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ainm:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nua</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>&amp;Greamaigh mar cheangaltán</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sc&amp;oir</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Taifead</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Athdhéan</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Socruithe…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sioncrónú</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cealaigh</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Treoir úsáideora</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Amharc</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Cuir taifead leis an liosta atá ar taispeáint</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Cuireadh “{title}” leis</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Ceangail comhaid</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Ceangailte: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Níl an ceangaltán anseo fós</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Tabhair na taifid roghnaithe ar ais ón mbruscar</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Athruithe ag fanacht le comhroinnt</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Athruithe ag fanacht le comhroinnt: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Roghnaigh cleachtas nó uirlis le comhaid a cheangal leis.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Cóipeáil comhaid isteach sa spás oibre agus ceangail iad</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Níorbh fhéidir ceangal</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Níorbh fhéidir sábháil</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Scrios an cuardach sábháilte</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Cóipeáladh an fhaisnéis dhiagnóiseach. Greamaigh í i do theachtaireacht chuig an duine atá ag cabhrú leat; níl ainmneacha ná ábhar inti.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Cuir an taifead atá ar taispeáint in eagar</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>Folmhaigh an &amp;bruscar…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Folmhaigh an bruscar</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>An bruscar á fholmhú</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>An scriosfar gach rud sa bhruscar go buan ón ríomhaire seo? Ní féidir é seo a chealú.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Scriosta go buan ón ríomhaire seo: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Le haghaidh iarratais tacaíochta: leaganacha agus méideanna, ní ainmneacha ná ábhar riamh</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Téigh go dtí an &amp;liosta</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Nasc an taifead seo le teagmhálaithe, uirlisí nó cleachtais</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Nasc “{title}” le…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Príomhbharra uirlisí</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Cuir na taifid roghnaithe sa bhruscar</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Curtha sa bhruscar: {count}. Cealaigh le Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Nascleanúint</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Níl aon athruithe ag fanacht le comhroinnt</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Níl aon chuardach sábháilte fós. Clóscríobh sa bhosca cuardaigh, ansin roghnaigh Sábháil an cuardach faoi na scagairí.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Athchóirigh</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Athdhéan</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Athchóirithe: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Sábháil an cuardach</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Sábháladh an cuardach “{name}”</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Sábháladh “{title}”</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Cuardaigh i ngach áit</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Cuardaigh i ngach áit (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Roghnaigh &amp;uile</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Taispeáin fillteán an &amp;loga</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Taispeáin: {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stádas</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Staid an tsioncrónaithe</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Níl an taifead sin anseo níos mó.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>Níl aon chomhad ná pictiúr ar an ngearrthaisce le ceangal.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Níl an comhad seo ar an ríomhaire seo fós. Tiocfaidh sé leis an gcéad sioncrónú eile.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Bruscar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cealaigh</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Cruthaithe</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Pléanna</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Aimsithe i</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Athraithe go deireanach</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Cuardaigh shábháilte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teideal</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Le hathbhreithniú</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Bruscar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Cineál</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Cad atá nua</translation>
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
            <numerusform>Teagmhálaithe athraithe: %n</numerusform>
            <numerusform>Teagmhálaithe athraithe: %n</numerusform>
            <numerusform>Teagmhálaithe athraithe: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>Cleachtais athraithe: %n</numerusform>
            <numerusform>Cleachtais athraithe: %n</numerusform>
            <numerusform>Cleachtais athraithe: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>Uirlisí athraithe: %n</numerusform>
            <numerusform>Uirlisí athraithe: %n</numerusform>
            <numerusform>Uirlisí athraithe: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>Teagmhálaithe: %n</numerusform>
            <numerusform>Teagmhálaithe: %n</numerusform>
            <numerusform>Teagmhálaithe: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>Postálacha athraithe: %n</numerusform>
            <numerusform>Postálacha athraithe: %n</numerusform>
            <numerusform>Postálacha athraithe: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>Teagmhálaithe nua: %n</numerusform>
            <numerusform>Teagmhálaithe nua: %n</numerusform>
            <numerusform>Teagmhálaithe nua: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>Postálacha nua: %n</numerusform>
            <numerusform>Postálacha nua: %n</numerusform>
            <numerusform>Postálacha nua: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>Cleachtais nua: %n</numerusform>
            <numerusform>Cleachtais nua: %n</numerusform>
            <numerusform>Cleachtais nua: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>Uirlisí nua: %n</numerusform>
            <numerusform>Uirlisí nua: %n</numerusform>
            <numerusform>Uirlisí nua: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>Postálacha: %n</numerusform>
            <numerusform>Postálacha: %n</numerusform>
            <numerusform>Postálacha: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>Cleachtais: %n</numerusform>
            <numerusform>Cleachtais: %n</numerusform>
            <numerusform>Cleachtais: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>Taifid a roinn daoine eile ó d’athbhreithniú deireanach: %n.</numerusform>
            <numerusform>Taifid a roinn daoine eile ó d’athbhreithniú deireanach: %n.</numerusform>
            <numerusform>Taifid a roinn daoine eile ó d’athbhreithniú deireanach: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>Uirlisí: %n</numerusform>
            <numerusform>Uirlisí: %n</numerusform>
            <numerusform>Uirlisí: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>Gan léamh: %n</numerusform>
            <numerusform>Gan léamh: %n</numerusform>
            <numerusform>Gan léamh: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Ceangail comhaid: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Níorbh fhéidir cealú ná athdhéanamh: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Cruthaigh “{title}”</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Scrios taifid: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Scrios “{title}”</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Cuir “{title}” in eagar</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Nasc “{title}”</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Níor cealaíodh: d’athraigh duine eile {fields} de “{title}” ó shin (tháinig sé leis an sioncrónú deireanach). Fanann a luach siúd; cuir in eagar de láimh é más é do luach féin ba cheart a bheith ann.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Níor cealaíodh: bhog duine eile “{title}” go dtí an bruscar nó as ó shin (tháinig sé leis an sioncrónú deireanach). Fanann sé mar atá.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Bain an ceangaltán {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Athchóirigh taifid: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Athchóirigh “{title}”</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Dínasc ó “{title}”</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Ríomhairí in aice láimhe a thairgeann sioncrónú:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>Tairg sioncrónú d&amp;o ríomhaire in aice láimhe…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Seoladh an ríomhaire seo</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>&amp;Ceangail agus sioncrónaigh</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Roghnaigh ríomhaire ón liosta, nó clóscríobh a sheoladh mar a thaispeántar air é (mar shampla 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Roghnaigh an ríomhaire a thairgeann sioncrónú (air: Sioncrónú → Tairg sioncrónú do ríomhaire in aice láimhe…) agus clóscríobh an cód a thaispeánann sé.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Á cheangal…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Mura bhfuil an ríomhaire seo liostaithe ansin, ceangail de réir seolta: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Lig do ríomhaire de do ghrúpa ar an líonra céanna sioncrónú leis an gceann seo, gan an freastalaí ná an t-idirlíon</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Ríomhairí de do ghrúpa á lorg ar an líonra seo…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Tairg sioncrónú do ríomhaire in aice láimhe</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>Ar an ríomhaire eile (an Wi-Fi céanna nó an ball te fóin céanna, an grúpa céanna), roghnaigh Sioncrónú → Sioncrónaigh le ríomhaire in aice láimhe…, roghnaigh an ríomhaire seo agus clóscríobh an cód seo:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Nó ceangail de réir &amp;seolta:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>Cód &amp;péireála:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Cód péireála</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Dul chun cinn</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stádas</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Stopadh. Níor cuireadh aon rud i bhfeidhm go leath.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Sioncrónaigh &amp;le ríomhaire in aice láimhe…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Sioncrónaigh le ríomhaire de do ghrúpa a thairgeann é ar an líonra céanna</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Sioncrónaigh le ríomhaire in aice láimhe</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Sioncrónaithe le “{name}”: athruithe faighte: {received}, seolta: {sent}.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>Ní hé sin an cód atá ar taispeáint ar an ríomhaire eile; níor athraíodh dada.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>Ní hé sin an cód atá ar taispeáint ar an ríomhaire eile; níor athraíodh dada. Iarrachtaí fágtha: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>Tá sé dhigit sa chód, mar a thaispeántar ar an ríomhaire eile.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>Cailleadh an ceangal leis an ríomhaire eile ({reason}). Níor cuireadh aon rud i bhfeidhm go leath; bain triail eile as.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>Cailleadh an ceangal roimh an deireadh; níor cuireadh aon rud i bhfeidhm go leath. Ag fanacht fós le ríomhaire de do ghrúpa…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>D’fhreagair an ríomhaire eile ar bhealach nach dtuigeann an leagan seo ({reason}). Níor athraíodh dada.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>Baineann an ríomhaire eile le grúpa eile; ní féidir ach le ríomhairí den ghrúpa céanna sioncrónú. Níor athraíodh dada.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>Stop an ríomhaire eile a thairiscint tar éis an iomarca cód mícheart. Iarr tairiscint nua air; níor athraíodh dada.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>Ní ligeann an líonra seo do ríomhairí a chéile a aimsiú: ar an ríomhaire eile, ceangail de réir seolta: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>Ní ligeann an líonra seo do ríomhairí a chéile a aimsiú: clóscríobh an seoladh atá ar taispeáint ar an ríomhaire eile.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Níl an spás oibre seo i ngrúpa fós. Socraigh an sioncrónú le freastalaí do ghrúpa uair amháin (Sioncrónú → Socraigh an sioncrónú…); ina dhiaidh sin is féidir leis sioncrónú le ríomhairí in aice láimhe freisin.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Ag fanacht le ríomhaire de do ghrúpa…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>Coinnítear {count} go dtí do chéad sioncrónú eile leis an bhfreastalaí, a bhfuil aithne aige ar an ríomhaire a shínigh iad.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>Diúltaíodh do {count} (níor fíoraíodh a síniú).</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>Baineann “{name}” le grúpa eile; ní féidir leis sioncrónú leis an ríomhaire seo. Ag fanacht fós…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>Cheangail “{name}”; an cód á sheiceáil…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>Chlóscríobh “{name}” cód mícheart; níor athraíodh dada. Iarrachtaí fágtha: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>Chlóscríobh “{name}” an cód ceart; á shioncrónú…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>Cói&amp;peáil</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Gr&amp;eamaigh</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Athdhéan</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cealaigh</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Gearr</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Scrios</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Roghnaigh Uile</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Níl</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tá</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Tobscoir</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Cuir i bhfeidhm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cealaigh</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Dún</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Séan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cabhair</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Déan neamhaird de</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Níl do gh&amp;ach ceann</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Oscail</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Athshocraigh</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Athchóirigh na Réamhshocruithe</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Atriail</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sábháil</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Sábháil Uile</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Tá do &amp;gach ceann</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>Cói&amp;peáil</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Gr&amp;eamaigh</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Athdhéan</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cealaigh</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Cóipeáil suíomh an &amp;naisc</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Gearr</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Scrios</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Roghnaigh Uile</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Marcáil gach rud mar athbhreithnithe</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(gan teideal)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Cuir &amp;nóta leis…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Roghnaigh taifead sa liosta ar dtús.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Athraithe go deireanach</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Níl aon rud le hathbhreithniú: rinneadh athbhreithniú ar gach a roinn daoine eile.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Nóta athbhreithnithe</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Nóta athbhreithnithe: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Roinnte ag</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Taifid chomhroinnte le hathbhreithniú</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teideal</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Le hathbhreithniú</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Scríobh nóta athbhreithnithe ar an taifead roghnaithe</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Téann do nóta ar “{title}” leis an taifead chuig gach duine sa ghrúpa. Ní féidir ach le comhordaitheoirí é a scríobh.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, athraithe go deireanach {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Níorbh fhéidir na sonraí taispeána a luchtú: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Luchtaíodh na sonraí taispeána.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Sonraí taispeána á luchtú</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Stopadh luchtú na sonraí taispeána; fanann a bhfuil luchtaithe.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>Úsáidfear fillteán nua na sonraí ón gcéad tosú eile.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Tá fuinneog eile de RuralDesk ag obair ar an spás oibre seo cheana ({path}). Téigh go dtí an fhuinneog sin, nó dún í agus bain triail eile as.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Roghnaigh fillteán do do spás oibre</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Roghnaigh fillteán eile…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lean ar aghaidh</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Níl ach {free} MB saor san áit a gcoinnítear do spás oibre ({path}). B’fhéidir nach mbeidh RuralDesk in ann d’athruithe a shábháil. Saor roinnt spáis (folmhaigh bruscar an ríomhaire, bain comhaid mhóra), ansin lean ar aghaidh.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Scoir</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>Tá RuralDesk oscailte cheana</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>Coinníonn RuralDesk do spás oibre i {folder}, ach ní féidir leis scríobh ann ({reason}). Roghnaigh fillteán eile ar féidir leat scríobh ann, mar shampla ceann i do cháipéisí.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Taispeáin na cúltacaí</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Ní féidir fillteán na sonraí a úsáid</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>Tá an diosca beagnach lán</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>Is fillteán inléite amháin é {folder}. Roghnaigh fillteán eile ar féidir leat scríobh ann.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Ní féidir an spás oibre a oscailt</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Bain triail eile as</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>tá an diosca lán</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

Coinníonn RuralDesk cúltacaí uathoibríocha de do spás oibre i {backups}. Is féidir leat ceann acu a athchóiriú trína chóipeáil in áit an chomhaid dhamáistithe.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Coimhlintí…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>&amp;Dícheangail ón bhfreastalaí…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grúpa:</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Grúpa…</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>Cód c&amp;uiridh:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Sioncrónaigh anois</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Comhartha:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>D’&amp;ainm:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Níl an ceangaltán anseo fós</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Níl an ceangaltán ar an bhfreastalaí</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Athruithe ag fanacht: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Seiceáil agus sábháil</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Á sheiceáil…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Coimhlintí: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Ceangailte. Coinnítear do chomhartha {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Seiceáil cheangail</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Níorbh fhéidir íoslódáil</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Níorbh fhéidir an comhartha a choinneáil: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Dícheangail ón bhfreastalaí</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>An ceangaltán á íoslódáil</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Cuir isteach seoladh an fhreastalaí (ag tosú le https://) agus an grúpa.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Cuir isteach an comhartha a thug do chomhordaitheoir duit.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Tá gach rud sábháilte ar an ríomhaire seo. Úsáid Sioncrónú → Socraigh an sioncrónú… chun é a roinnt le do ghrúpa.</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Grúpa “{group}” ag {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Cód cuiridh</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Ag dul isteach sa ghrúpa…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Athrú mór ón bhfreastalaí</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Níor sábháladh: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Gan sioncrónú fós</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Coimhlintí oscailte</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Nó, le comhartha pearsanta:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Greamaigh an cód cuiridh a sheol do chomhordaitheoir chugat: tá seoladh an fhreastalaí agus an grúpa ann. Má tá comhartha pearsanta agat ina ionad, fág folamh é agus líon na réimsí thíos. Coinnítear an comhartha i stór pasfhocal an chórais má tá ceann ann, nó i gcomhad nach féidir le duine ar bith eile ach tusa a léamh.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Réitigh…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>S&amp;tad an sioncrónú</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Seol d’athruithe chuig freastalaí an ghrúpa agus faigh athruithe gach duine eile</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Seoladh an &amp;fhreastalaí:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>Soc&amp;raigh an sioncrónú…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Socraigh an sioncrónú</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>An stopfar sioncrónú an spáis oibre seo le freastalaí an ghrúpa? Fanann do thaifid ar an ríomhaire seo; fanann athruithe nár seoladh fós ag fanacht. Is féidir leat an sioncrónú a shocrú arís níos déanaí.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Á shioncrónú… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>Níl an comhad seo ag freastalaí an ghrúpa fós: níor shioncrónaigh an duine a cheangail é ó shin.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>Dhiúltaigh freastalaí an ghrúpa d’athrú ar an taifead seo ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Leis na hathruithe ó fhreastalaí an ghrúpa, chuirfí taifid ({deletes}) sa bhruscar, scriosfaí cuid eile go buan ({erasures}) agus d’athrófaí cuid eile ({overwrites}) — {total} as {records} de do thaifid ({share}).

D’fhéadfadh sé seo a bheith ceart (rinne duine éigin slacht ar na taifid chomhroinnte) nó botún. An gcuirfear na hathruithe seo i bhfeidhm anois?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Baill an ghrúpa; do chomhordaitheoirí, cuirí, róil agus iarratais ar shonraí daoine</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Níl an comhad seo ar an ríomhaire seo, agus níl an spás oibre seo ceangailte le freastalaí grúpa.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Tá coimhlint sa taifead seo ({fields}): d’athraigh beirt é ag an am céanna.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Tá sonraí taispeána sa spás oibre seo. Is sonraí ficseanúla iad nach bhfágann an ríomhaire seo riamh, mar sin ní féidir iad a roinnt le do ghrúpa.

An úsáidfear spás oibre nua folamh do thaifid do ghrúpa? Fanann an spás oibre taispeána mar atá.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Cothrom le dáta · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Ag obair as líne: níl freastalaí grúpa ceangailte</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Tá tú anois sa spás oibre nua folamh “{name}”. Fanann an spás oibre taispeána mar atá.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>i gcomhad nach féidir le duine ar bith eile ach tusa a léamh ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>an freastalaí á sheiceáil</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>níorbh fhéidir teacht ar an bhfreastalaí</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>níorbh fhéidir teacht ar an bhfreastalaí: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>cuir isteach comhartha nua faoi Sioncrónú → Socraigh an sioncrónú…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>coinnithe ó roimhe; clóscríobh chun é a athsholáthar</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>sioncrónaithe go deireanach ag {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>roghnach: d’ainm mar is eol don ghrúpa é</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>brúigh F5 chun triail eile a bhaint as</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>ceangaltáin á bhfáil</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>athruithe á bhfáil</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>a bhfuil tagtha á shábháil</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>ceangaltáin á seoladh</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>athruithe á seoladh</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>socraigh an sioncrónú i spás oibre nua folamh</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>chuaigh rud éigin mícheart</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>chuaigh rud éigin mícheart ({reason}); tá na sonraí sa loga</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>á stopadh</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>níor ghlac an freastalaí leis an gcomhartha seo don ghrúpa seo; seiceáil é, nó iarr ceann nua ar do chomhordaitheoir</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>níor ghlac an freastalaí le do chomhartha</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>níor ghlac an freastalaí le do chomhartha; iarr ceann nua ar do chomhordaitheoir agus cuir isteach é faoi Sioncrónú → Socraigh an sioncrónú…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>dhiúltaigh an freastalaí don iarratas</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>dhiúltaigh an freastalaí don iarratas: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>i stór pasfhocal an chórais</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>tá sonraí taispeána sa spás oibre seo, nach bhfágann an ríomhaire seo riamh; socraigh an sioncrónú i spás oibre nua folamh</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>tá sonraí taispeána sa spás oibre seo, nach sioncrónaítear riamh</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>triail eile ag {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>roghnaigh tú gan athrú mór an fhreastalaí a chur i bhfeidhm</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>stop tú é</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} as {total}</translation>
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
        <translation>Agraiceolaíocht</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Comhdhearadh le húdaráis</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Iompar pobail</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Comharchumainn ardán digiteach</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Oideachas agus seirbhísí</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Fuinneamh</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Pobail fuinnimh</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Forbairt fiontar agus fostaíocht</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Cúram sláinte</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Fiontraíocht áitiúil</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Soghluaisteacht</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Creataí beartais agus dlí</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Slabhraí gearra soláthair bia</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Cuimsiú sóisialta</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Líonraí dlúthpháirtíochta</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Talmhaíocht agus bia inbhuanaithe</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Lánpháirtiú san obair</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>Cúl&amp;taca den spás oibre chuig comhad…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Teagmhálaithe le cumasc (ticeáilte):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Tír:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Ionchódú:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Scrios go buan</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Easpórtáil…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formáid:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grúpaí:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Iompórtáil</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Iompórtáil…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Coinnigh:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Cumaisc</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Oscail an teagmhálaí</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Oscail an taifead</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>&amp;Bileog chleachtais…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Léigh ar an mbealach seo</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Taifid:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>&amp;Athchóirigh ó chomhad cúltaca…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Deighilteoir:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Úsáid an tír seo</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(aimsithe)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(doléite)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(dada le comparáid)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, colúin: {count}</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>Comhad .vcf is féidir le leabhair seoltaí agus le fóin a léamh.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Ní féidir cúltaca a athchóiriú ach isteach i spás oibre folamh, agus tá cleachtais ({practices}), teagmhálaithe ({contacts}) agus uirlisí ({tools}) sa cheann seo cheana. Níor athraíodh dada.

Le hathchóiriú, roghnaigh fillteán sonraí nua folamh faoi Comhad → Socruithe, atosaigh RuralDesk, agus athchóirigh ansin.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Bileog inphriontáilte (PDF nó Markdown) den chleachtas atá ar taispeáint, nó de roinnt cleachtas</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Bileog le priontáil nó le roinnt: na príomhfhíricí, cad a rinneadh, cad a foghlaimíodh, agus cé leis ar féidir labhairt. Tá na ceannteidil i dteanga gach cleachtais.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>Tá sioncrónú ar siúl. Fan go mbeidh sé críochnaithe, ansin athchóirigh arís.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Níl ceangaltáin nach bhfuil ar an ríomhaire seo (coinnithe ar fhreastalaí an ghrúpa) sa chúltaca: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Déan cúltaca den spás oibre</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Cúltaca déanta i {path}: taifid: {records}, comhaid cheangaltáin: {files}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Cúltaca á dhéanamh i {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Cúltaca déanta</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cúltaca athchóirithe</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Cúltacaí (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Cúltacaí (*.zip);;Gach comhad (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Tabhair cúltaca ar ais isteach i spás oibre folamh</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Tabhair isteach teagmhálaithe, cleachtais nó uirlisí ó thábla CSV/TSV nó ó chomhad vCard</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Táblaí CSV (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cárta</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Cártaí léite: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Cártaí a bhfuil fadhb leo: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>{name} á sheiceáil</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Roghnaigh an t-ionchódú</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Roghnaigh an réimse a rachaidh gach colún isteach ann, nó fág amach é.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colún</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colún sa chomhad</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colúin</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Colúin nár iompórtáladh: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colúin an chomhaid</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Camóg ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Teagmhálaí le coinneáil</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Teagmhálaithe ar cosúil gurb é an duine nó an eagraíocht chéanna iad, le cumasc</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Teagmhálaithe le cumasc</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Tír na n-uimhreacha fóin</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Scrios an teagmhálaí go buan, i ngach áit, agus liostaigh na tagairtí le hathbhreithniú</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Déchliceáil chun an teagmhálaí atá anseo cheana a oscailt</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Teagmhálaithe dúblacha</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Scrios an duine seo go b&amp;uan…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>Easpórtáil gach &amp;rud faoin duine seo…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Scrios go buan</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Scrios an duine seo go buan</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>An scriosfar “{name}” go buan, agus gach a bhfuil coinnithe faoin duine sin?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>{name} á scriosadh go buan</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Gach teagmhálaí sa liosta ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Gach cleachtas sa liosta ({count}), in aon cháipéis amháin</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Caithfidh gach ró a bheith ceart sula n-iompórtáiltear aon rud. Ceartaigh na rónna seo sa chomhad agus iompórtáil arís é, nó iompórtáil na rónna bailí amháin.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Sábháladh gach rud faoi “{name}” i {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Gach rud sa spás oibre seo, ceangaltáin san áireamh, in aon chomhad amháin</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Sampla</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Ní thaispeánann Excel ar Windows litreacha le síneadh fada i gceart ach leis an marc seo</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Easpórtáil teagmhálaithe mar &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Easpórtáil teagmhálaithe mar vCard</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Easpórtáil gach rud faoin duine seo</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Easpórtáil an liosta mar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Easpórtáil an liosta mar CSV</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Easpórtáil:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Teagmhálaithe easpórtáilte chuig {path}: {count}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Taifid easpórtáilte chuig {path}: {count}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Á easpórtáil chuig {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Réimse</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Comhad le hiompórtáil</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Aimsigh teagmhálaithe &amp;dúblacha…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Aimsithe</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Grúpaí de dhúblaigh dhóchúla</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Iompórtáil</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Iompórtáil &amp;mar:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Iompórtáil tábla</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Sonraí an iompórtála</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Torthaí an iompórtála</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Iompórtáil isteach i</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Tuairisc iompórtála</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Toradh an iompórtála</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Iompórtáil an colún “{name}” isteach i</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Iompórtáil na rónna gan fhadhb agus fág na cinn eile amach</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Iompórtáil na rónna bailí amháin</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Iompórtáil na rónna bailí amháin ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Iompórtáilte: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Iompórtáilte: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>{name} á iompórtáil</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Níor oibrigh sé: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Baintear a naisc as taifid nasctha ({count}).</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Glantar a sheanluachanna as stair na n-athruithe.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Comhaid JSON (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Teagmhálaithe dúblacha á lorg</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Is cosúil le</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Téacs Markdown</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>Ní athraítear tagairtí d’ainm, do sheoltaí ríomhphoist ná d’uimhreacha fóin an duine i dtéacs taifead eile: gheobhaidh tú liosta díobh le hathbhreithniú ina dhiaidh sin.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Tagairtí le hathbhreithniú</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Cumaisc teagmhálaithe</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Cumaisc na teagmhálaithe ticeáilte isteach sa cheann a choinnítear</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>Teagmhálaithe cumaiscthe in aon cheann amháin: {count}; taifid athnasctha: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Ainmneacha mar a léann {encoding} iad</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Ní dhearnadh aon chúltaca: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Níl aon cholún ag dul isteach i réimse fós: roghnaigh ceann amháin ar a laghad.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Gan dúblaigh dhóchúla</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Níor aimsíodh aon dúblaigh dhóchúla.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Níl aon taifead eile nasctha leis.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Níl réigiún na n-uimhreacha fóin socraithe don spás oibre seo.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Níor iompórtáladh ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Níor iompórtáladh: níor roghnaíodh tír d’uimhreacha fóin {name}. Níor athraíodh dada.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Níor iompórtáladh: níor roghnaíodh ionchódú do {name}. Níor athraíodh dada.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Gan socrú (fiafraítear nuair is gá)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nóta</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Níor scriosadh dada go buan: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Níor easpórtáladh dada: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Níor iompórtáladh dada.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Níor iompórtáladh dada: níl aon taifid sa chomhad.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Níor iompórtáladh dada: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Níor athchóiríodh dada: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Níor iompórtáladh ach na rónna bailí; fágadh na rónna thíos amach.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Oscail an teagmhálaí aibhsithe</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Oscail an taifead aibhsithe</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Cáipéis PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Cáipéisí PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Uimhreacha fóin gan cód tíre</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Léitear uimhreacha fóin gan cód tíre mar: {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Réigiún na n-uimhreacha fóin</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Dúblaigh fhéideartha</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Dúblaigh fhéideartha ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Anseo cheana, b’fhéidir: {count} (féach “Dúblaigh fhéideartha”)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Bileog chleachtais</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Bileoga cleachtais scríofa: {count}, i {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Réamhamharc</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Réamhamharc ar an iompórtáil</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Achoimre an réamhamhairc</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Fadhb</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Fadhbanna</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Fadhbanna ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Airí</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Léigh mar {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Léite mar: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>An comhad á léamh arís…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>{name} á léamh</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Réidh</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Easpórtáil aitheanta</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Aitheanta: &lt;b&gt;{preset}&lt;/b&gt;. Tá a cholúin meaitseáilte thíos; seiceáil iad roimh iompórtáil.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Taifead</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Athchóirigh ó chomhad cúltaca</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>An athchóireofar taifid ({count}) ó {name} (déanta {date}) isteach sa spás oibre folamh seo?</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Athchóiríodh ó {name}: taifid: {records}, comhaid cheangaltáin: {files}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>{name} á athchóiriú</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ró</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Rónna réamhamharctha: {count}; iad go léir réidh le hiompórtáil.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Rónna réamhamharctha: {count}; le fadhb: {bad}. Ceartaigh iad sa chomhad, nó athraigh na colúin thuas.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Rónna léite: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Rónna a bhfuil fadhb leo: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Sábháil an liosta atá ar taispeáint, lena cholúin agus lena scagairí, mar thábla</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Sábháil na teagmhálaithe roghnaithe, nó an liosta ar fad, le haghaidh leabhar seoltaí nó fóin</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Leathstad ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Taispeáin teagmhálaí ar dtús.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Taispeáin cleachtas, nó liosta na gcleachtas, chun bileoga a dhéanamh díobh.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Taispeáin na teagmhálaithe (nó cuardaigh roinnt acu) agus roghnaigh na cinn le heaspórtáil.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Stopadh: {what}. Níor athraíodh dada.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Táb</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Táblaí agus leabhair seoltaí (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Gach comhad (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Téacs</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>Is féidir an rogha a athrú fós faoi “Ionchódú” sa chéad chéim eile.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Scriostar an teagmhálaí go buan ón ríomhaire seo: ní théann sé go dtí an bruscar, agus ní féidir é a chealú.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>An teagmhálaí, a stair agus gach taifead atá nasctha leis nó a luann é, mar JSON</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Níor easpórtáladh na teagmhálaithe: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Níor cumascadh na teagmhálaithe: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Tír na n-uimhreacha fóin a scríobhtar gan cód tíre, don spás oibre seo</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Ní féidir réamhamharc a dhéanamh ar an gcomhad: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Ní féidir an comhad a léamh ar an mbealach sin: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>Na chéad rónna mar a stórálfar iad. Tá rónna a bhfuil fadhb leo marcáilte; stopann an iompórtáil má tá fadhb le haon ró sa chomhad.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>Is féidir litreacha {name} a léamh ar níos mó ná bealach amháin, agus ní féidir linn a rá cé acu atá ceart. Roghnaigh an colún ina bhfuil na hainmneacha scríofa i gceart.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>Níor easpórtáladh an liosta: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>Níor sábháladh réigiún na n-uimhreacha fóin: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>An cleachtas atá ar taispeáint: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>Na taifid a d’aimsigh an cuardach, leis na colúin a thaispeánann an liosta dá gcineál.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>Stop an cuardach ar dhúblaigh: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>Níor aimsigh an cuardach aon rud le heaspórtáil.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Na teagmhálaithe roghnaithe ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>Na cleachtais roghnaithe ({count}), in aon cháipéis amháin</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>Níor scríobhadh an bhileog: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>Ní féidir an bruscar a easpórtáil. Roghnaigh cleachtais, teagmhálaithe, uirlisí nó téamaí.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Is cosúil gurb é an duine nó an eagraíocht chéanna na teagmhálaithe seo. Le cumasc, coinnítear teagmhálaí amháin, líontar a réimsí folmha ó na cinn eile, bogtar gach nasc agus ceangaltán chuige, agus cuirtear na cinn eile sa bhruscar (is féidir iad a athchóiriú).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Ní féidir an comhad seo a iompórtáil: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Ní féidir an comhad seo a athchóiriú: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Fiafraítear é seo uair amháin agus coinnítear é don spás oibre; athraítear é faoi Comhad → Socruithe. Léitear uimhreacha a bhfuil cód tíre acu, agus rónna a ainmníonn tír, mar atá siad.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Tá fadhb leis an ró seo</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Níl an spás oibre seo comhroinnte le freastalaí grúpa; ní dhéantar aon athrú ar chóipeanna in áiteanna eile (cúltacaí, easpórtálacha).</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Tá an spás oibre seo comhroinnte: seoltar an scriosadh buan chuig freastalaí an ghrúpa ag an gcéad sioncrónú eile, agus scriostar é as cóip gach baill freisin.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Cineál</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 le &amp;BOM, le haghaidh Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 le BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 le BOM, le haghaidh Excel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Luach</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barra ingearach ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Fan go mbeidh an obair atá ar siúl (iompórtáil, easpórtáil) críochnaithe, ansin athchóirigh arís.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Rabhaidh ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Cad a dhéanann scriosadh buan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Fáth</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>An fáth a bhfuil siad cosúil le chéile</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Fáth: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>{name} á scríobh</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>colún {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>cruthaithe {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>facs</translation>
    </message>
    <message>
        <source>home</source>
        <translation>baile</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>fón póca</translation>
    </message>
    <message>
        <source>other</source>
        <translation>eile</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>bileoga-cleachtais</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>an comhad seo</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (fóin níos sine)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Comhaid vCard (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>obair</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>Tá uimhreacha fóin gan cód tíre (mar “{example}”) in {name} ar rónna nach n-ainmníonn tír. Cén tír ina bhfuil siad?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: gach taifead atá sa liosta ({count}), lena scagairí, lena ord agus leis na colúin atá ar taispeáint.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: aimsithe: {count}</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— fág amach —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>Scriosadh “{name}” go buan.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>Scriosadh “{name}” go buan. Ní luann aon taifead eile an duine sin ina théacs.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>Scriosadh “{name}” go buan. Luann na taifid seo an duine sin ina dtéacs fós. Oscail gach ceann acu agus bain an tagairt nó athfhoclaigh í más sonraí pearsanta atá ann.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Tabhair airgeadra mhéid an mhaoinithe</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>Níl an réigiún {value} in {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Tá an dáta deiridh roimh an dáta tosaigh</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Réimse anaithnid “{value}”</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label}: ní féidir leis a bheith diúltach</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label}: tá sé riachtanach</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label}: tá sé rófhada ({length} carachtar, {limit} ar a mhéad)</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label}: caithfidh sé a bheith ina liosta</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label}: caithfidh sé a bheith ina liosta téacs</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label}: caithfidh sé a bheith ina uimhir, ní “{value}”</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label}: caithfidh sé a bheith ina shlánuimhir</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label}: caithfidh sé a bheith ina théacs</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: tá luach de dhíth ar gach iontráil</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>Ní cód réigiúin NUTS é “{value}”</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>Ní dáta é “{value}” (úsáid BBBB-MM-LL)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>Ní uimhir fóin í “{value}” (úsáid +cód tíre, m.sh. +353 1 234 5678)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>Ní uimhir fóin fhéideartha í “{value}”</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>Ní aitheantas taifid é “{value}”</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>Ní seoladh ríomhphoist bailí é “{value}”</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>Ní seoladh gréasáin é “{value}” (ba cheart dó tosú le https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>Ní cód tíre ISO 3166 é “{value}”</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>Ní cód airgeadra ISO 4217 é “{value}”</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>Ní cód teanga ISO 639 é “{value}”</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>Níl “{value}” ar cheann de na luachanna seo: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Cad atá nua</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(gan teideal)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>Ó {who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Teagmhálaí athraithe: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Cleachtas athraithe: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Uirlis athraithe: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Tá gach rud anseo léite.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>An chéad sioncrónú: {items} ó do ghrúpa</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Marcáil gach rud mar &amp;léite</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Marcáil gach rud in Cad atá nua mar léite</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Teagmhálaí nua: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Cleachtas nua: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Uirlis nua: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Níl aon rud nua ó do ghrúpa fós. Nuair a chuireann daoine eile cleachtais, teagmhálaithe nó uirlisí leis nó nuair a athraíonn siad iad, liostaítear anseo iad tar éis sioncrónaithe.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Gan léamh &amp;amháin</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Níl an taifead sin anseo níos mó.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Inniu</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Gan léamh: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Cad a tháinig ó do ghrúpa</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Cad a chuir do ghrúpa leis nó a d’athraigh sé ó d’fhéach tú go deireanach</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Cad atá nua</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Inné</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>duine éigin</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} ó do ghrúpa</translation>
    </message>
</context>
</TS>
