<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>No program to open this file</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Advice service</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Bad</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Community cooperative</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Community foundation</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Finance service</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Guideline</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Legal obligation</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Legitimate interests</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodology</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Policy recommendation</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Public task</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Regional authority</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Social enterprise</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Support service</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Third place</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Toolkit</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Village association</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Vital interests</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Work integration enterprise</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Linked contacts</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Linked practices</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Linked tools</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>New practice</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>New tool</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Practices</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>&amp;Leave it deleted</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Merged value (edit, then save):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Open the record</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>&amp;Restore the record</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>&amp;Save merged value</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Keep &amp;theirs</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Merged value</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>No conflicts: everything your group changed fitted together.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Refused: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Their value</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>Theirs — by {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Why the server refused it</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Your change ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>Yours — by {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>another member</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>deleted or kept</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>the group</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
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
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancel editing</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Choose a record in the list, or press Ctrl+N to add one.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Edit form</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Edit {title}</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Leave without saving?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Please correct the fields marked below.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problem with {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Save the record</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Your changes to this record are not saved. Leave the form and lose them?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>created by {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>in the trash</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>last changed {when} by {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>not on this computer yet</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>remove</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>unlink</translation>
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
        <translation>&amp;Attachments:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Data folder:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Font size:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Invitation code:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>&amp;Phone region:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>A new data folder is used from the next start.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Add your own practices, contacts and tools.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>As&amp;k before a sync changes more than:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Connect to a group server</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Default data folder</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Demo records per collection</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Download when opened</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Find records to link</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Invitation code</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Keep all offline</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Only when I ask</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Records per collection:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Records to link</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ync every:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Show these columns:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Start with an empty workspace</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>System size</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Type a name or a word to find records</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Welcome to RuralDesk</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>added {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} of {total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(not said)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>A topic needs a title and an opening post.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Attached:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Comments (%n)</numerusform>
            <numerusform>Comments (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Could not export the discussion: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Could not save: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Draft kept</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Draft kept from {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Edit your post</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Export as Markdown…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Export the discussion</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Files to attach to this post</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Files to attach: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Hidden by a coordinator: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Hidden from the group: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Hide the discussion…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Hide…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>New &amp;topic…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>New topic</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>New topic…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>No posts yet. Write the first one below.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Not a reply</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Not allowed: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Opening post</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Opening post:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Post it (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Post removed</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Posted. It goes to the group at the next sync.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Replying to a post</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Replying to {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Show %n earlier post</numerusform>
            <numerusform>Show %n earlier posts</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Show again</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Show discussions</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Start a discussion with the group</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Start a discussion with the group (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Started by</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>The discussion was written to {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>The earlier version stays in the post&apos;s history.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Version {n}, {when}, by {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Versions of the post</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>What is it about?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Why is it hidden? Everyone sees the reason in its place.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Withdraw your post</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Withdrawn by its author.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Write something first.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Write to the whole thread instead (Escape)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Your post</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>a discussion&apos;s rules do not allow this change</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>a post needs some text</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>a removed post</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>in reply to {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>only a coordinator can hide a post or a discussion</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>only its author can edit or withdraw a post</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>only the member who started a discussion can change its title, themes or language</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>started by {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (hidden)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · {count} new</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>No date</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Type and press Enter</translation>
    </message>
    <message>
        <source>add</source>
        <translation>add</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>clear</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>remove</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>to add</translation>
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
        <translation>Activities</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Broader theme</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Comments on</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Consent source</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Expertise themes</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Full name of a person, or the name of an organisation</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Funding amount</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Group member</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Hidden because</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>In reply to</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Lawful basis</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Media type</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Obstacles (legal / policy)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Organisation types</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Partners (incl. authorities)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Related contacts</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Related tools</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Removed posts</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Reviewer&apos;s note</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Started by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>The person&apos;s member name in the group: their posts are then part of their data</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Town / village</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Transferability</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Audit log</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>&amp;Cancel the invitation</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Export everything about this person…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>&amp;Hand a file to the server…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Invitations</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>&amp;Invite someone…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>&amp;Newest entries</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>&amp;Older entries</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>&amp;People&apos;s data</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valid for:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 week</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Added a member</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Asking the server who you are…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>At {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>At {url} · you are: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Cancel the invitation</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Cancelled an invitation</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Cancelling the invitation…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Change the role of {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Changed a member</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Changing the role…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Copy the invitation code</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Create the invitation</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Creating the invitation…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>E&amp;rase this person…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Erase on every replica</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Erase “{name}”</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Erased a record</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Erasing…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Everything about {name} was written to {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Export everything about {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Group window status</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Group “{group}”</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Hand a file to the server</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Hand to the server</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Handing the file to the server…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Invitation code</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Invitation code as a QR code</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Invitation for {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Invitation for {name} cancelled.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Invitation for {name} created.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Invite someone</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Invited someone</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Issued a token</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Its attachments: none</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Its attachments: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Its history, with the values it held (changes recorded: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Joined the group, but the token could not be kept: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Joined with an invitation</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Links to it from other records: none</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Links to it from {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Listing what the erasure removes…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Loading the audit log…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Loading the member&apos;s tokens…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Loading the members…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Loading the open invitations…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Members see the new name after their next sync; the group&apos;s address stays.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Not connected to a group server.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Not done: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Open invitations</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>Re&amp;move from the group…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>Re&amp;name the group…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Re&amp;voke tokens…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Remove {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Remove {name} from the group</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Removed a member</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Removing the member…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Rename the group</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Renamed the group</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Renaming the group…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Revoke tokens of {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Revoked a token</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revoking…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Send the changes in a hand-over file someone brought straight to the server</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>The code is on the clipboard.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>The contact “{name}” and every field value it had</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>The discussion about this contact, with its posts ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>The file holds no changes; nothing was sent.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>The five words given with the file, separately from it.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>The group is now called “{name}”.</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>This member has no token in use.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Tokens revoked for {name}: {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Type a name, an e-mail or a phone number</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>What will happen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>adds and edits the group&apos;s records</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>as the group will see it</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>manages the group: members, invitations, erasure</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>reads the group&apos;s records, changes nothing</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>the file cannot be read ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>unnamed computer</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} days</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} weeks</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, since {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (you)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} is no longer a member; their records stay.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} is now: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Connect this computer to the group&apos;s server once before handing changes over.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Export changes for another computer…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Exporting changes</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Hand-over files (*.rdrelay);;All files (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Import changes from a file…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Importing changes</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Nothing was changed: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Stopped. Nothing was changed.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>The file is cut short: it was not copied completely.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>The file was changed or damaged after it was made.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>The passphrase does not open this file: check the words and try again.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>This file holds changes of another group.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>This is not a RuralDesk hand-over file.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Type the words the file was locked with.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>About RuralDesk</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</translation>
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
        <translation>RuralDesk user guide</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>The user guide is not installed with this copy of RuralDesk. It is online at {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Workspace:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Comments on {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Google Contacts export</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Google Contacts export (Outlook CSV)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Hidden by a coordinator: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Outlook export</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Phone ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Post removed</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Posts: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Region: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Started by {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Thunderbird address book export</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Withdrawn by its author.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>a GIF picture</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>a JPEG picture</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>a PDF document, not a table or an address book</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>a PNG picture</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>a Windows program, not a data file</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>a file</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>a gzip-compressed file; uncompress it first</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>a program, not a data file</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>a quote (&quot;) in this row is never closed</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>a quote (&quot;) in this row is never closed on its line</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>a quoted cell has text after its closing quote and the row does not have as many cells as the header</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>a second address is not imported (only one address is kept)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>a table</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>a vCard file</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>address country not recognised</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>an SQLite database (to bring back a whole workspace use restore)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>an alternative (ALTID {altid}) of a value already kept</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>cannot read {name}: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>category is not a theme of this workspace</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>column {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>edited {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>group “{group}” is not a theme of this workspace; not imported</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>has {cells} cells but the header names {columns} columns; the extra cells would be lost</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>in reply to {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>it holds a file its manifest does not list (“{file}”)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>it holds the file “{file}” twice</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>it lists {count} attachment files, more than the {limit} a backup may hold</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>it would unpack to {size}, more than the {limit} a restore may write</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>its manifest does not describe the replica file properly</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>its manifest does not give its counts properly</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>its manifest does not list the attachments properly</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>its manifest is larger than any backup&apos;s</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>its manifest is not a list of named values</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>its manifest lists the attachment {file}… twice</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>its manifest names an attachment “{file}” that is not a checksum</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>language not recognised</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>looks like card {number} of this file ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>looks like row {number} of this file ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>looks like “{title}” already here ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>name prefix not imported</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>name suffix not imported</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>no matching field</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>no practice to write (the search or filters match none); {out} was not written</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>only one address is kept</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>only one name is kept</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>only one organisation is kept</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>only one role is kept</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>only one web address is kept</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>phone label not kept (the number is imported)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>phone {number} written as {written} (numbers without a country code read as {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>region “{region}” is not a NUTS region we know; kept in the notes</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>same e-mail {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>same phone {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>similar names ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>spreadsheet (columns matched by their names)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>the file name “{file}” points outside the backup</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>the row cannot be read ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>this card was exported from this workspace and the contact is still here (same UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>unknown encoding {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} values)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} cannot be restored safely: {reason}; nothing was changed</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>{name} has no header row (the first line should name the columns)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} holds a damaged replica ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} is a binary file, not text (it contains NUL bytes)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} is damaged ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} is damaged: attachment {file}… does not match its checksum</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} is damaged: the replica inside does not match its checksum</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} is damaged: “{file}” is shorter than its manifest says</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} is empty</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} is incomplete: {count} files are missing (first: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} is not a RuralDesk backup or is damaged ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} is not a RuralDesk workspace backup</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} is not a vCard file (it should start with BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} is not a valid vCard file: card {number} is broken ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} is not valid UTF-16 text; it may be truncated or damaged</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} is not valid UTF-32 text; it may be truncated or damaged</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} is {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} needs {size} of free disk space and only {free} is free; nothing was changed</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, line {line}: a quoted cell has text after its closing quote ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, line {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>{path} cannot be read ({reason}); restore into a new workspace</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} does not exist</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} is a folder, not {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} is not an empty workspace</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} not imported: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>“{file}” claims a size its compressed data cannot have (a zip bomb?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>“{file}” is a link or a folder, not a file</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>“{file}” is encrypted or compressed in a way RuralDesk does not write</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>“{file}” is not the size its manifest says</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>“{file}” unpacks to more than its declared size (a zip bomb?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>“{number}” is not a phone number we can read; kept in the notes</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>“{value}” is not a language (use a name or an ISO 639 code such as fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>“{value}” is not a language (use an ISO 639 code such as fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>“{value}” is not a number</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>“{value}” is not a record id</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>“{value}” is not a theme of this workspace</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>“{value}” is not a whole number</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>“{value}” is not one of: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Any country</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Any region</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Any theme</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filter by {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>In the trash: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>List summary</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Records: {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Results: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Results: {shown} of {total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Save search…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Save this search</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Selected: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Type to search practices, contacts, tools and themes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;About RuralDesk</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Attach files…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Columns…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Copy diagnostic information</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Link to…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>&amp;Paste as attachment</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Add a record to the list shown</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Added “{title}”</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Attached: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Attachment not here yet</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Bring the selected records back from the trash</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Changes waiting to be shared</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Changes waiting to be shared: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Choose a practice or a tool to attach files to.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Copy files into the workspace and attach them</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Could not attach</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Delete saved search</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Edit the record shown</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>Empty the &amp;trash…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Empty the trash</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Emptying the trash</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Erase everything in the trash from this computer? This cannot be undone.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Erased from this computer: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>For a support request: versions and sizes, never names or contents</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Go to the &amp;list</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Link this record to contacts, tools or practices</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Link “{title}” to…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Main tool bar</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Move the selected records to the trash</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Moved to the trash: {count}. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>No changes waiting to be shared</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>No saved searches yet. Type in the search box, then choose Save search under the filters.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Re&amp;store</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Restored: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Save search</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Saved the search “{name}”</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Saved “{title}”</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Search everything (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Show the &amp;log folder</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Show {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>That record is no longer here.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>The clipboard holds no file or picture to attach.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>This file is not on this computer yet. It arrives with the next sync.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>What&apos;s new</translation>
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
            <numerusform>%n changed contact</numerusform>
            <numerusform>%n changed contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n changed practice</numerusform>
            <numerusform>%n changed practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n changed tool</numerusform>
            <numerusform>%n changed tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n edited post</numerusform>
            <numerusform>%n edited posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n new contact</numerusform>
            <numerusform>%n new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n new post</numerusform>
            <numerusform>%n new posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n new practice</numerusform>
            <numerusform>%n new practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n new tool</numerusform>
            <numerusform>%n new tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n practice</numerusform>
            <numerusform>%n practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n record shared by others since your last review.</numerusform>
            <numerusform>%n records shared by others since your last review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n tool</numerusform>
            <numerusform>%n tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Attach files: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Could not undo or redo: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Create {title}</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Delete records: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Delete {title}</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Edit {title}</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Link {title}</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Remove attachment {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Restore records: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Restore {title}</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Unlink from {title}</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Computers offering sync nearby:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>&amp;Offer sync to a nearby computer…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Address of this computer</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>C&amp;onnect and sync</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>If this computer is not listed there, connect by address: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Let a computer of your group on the same network sync with this one, without the server or the internet</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Looking for computers of your group on this network…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Offer sync to a nearby computer</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Or connect by &amp;address:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>Pairing &amp;code:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Pairing code</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
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
        <translation>Stopped. Nothing was half-applied.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Sync with a &amp;nearby computer…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Sync with a computer of your group that offers it on the same network</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Sync with a nearby computer</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Synced with “{name}”: {received} changes received, {sent} sent.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>That is not the code shown on the other computer; nothing was changed.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>The code has six digits, as shown on the other computer.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>This network does not let computers find each other: on the other computer, connect by address: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>This network does not let computers find each other: type the address shown on the other computer.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Waiting for a computer of your group…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>{count} are kept until your next sync with the server, which knows the computer that signed them.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>{count} were refused (their signature did not check out).</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>“{name}” connected; checking the code…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>“{name}” typed the right code; syncing…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Mark all as reviewed</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Add a &amp;note…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Choose a record in the list first.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Nothing to review: everything others shared has been reviewed.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Reviewer&apos;s note</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Reviewer&apos;s note: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Shared by</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Shared records to review</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Write a reviewer&apos;s note on the chosen record</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, last changed {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Could not load demo data: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Demo data loaded.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Loading demo data</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Stopped loading demo data; what was loaded stays.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>The new data folder is used from the next start.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Choose a folder for your workspace</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk is already open</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Show the backups</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>The data folder cannot be used</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>The disk is almost full</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>The folder {folder} is read-only. Choose another folder you can write to.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>The workspace cannot be opened</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>&amp;Disconnect from the server…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Group…</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Invitation code:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Attachment not here yet</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Attachment not on the server</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Changes waiting: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Check and save</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Conflicts: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Connected. Your token is kept in {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Connection check</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Could not download</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Could not keep the token: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Disconnect from the server</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Downloading the attachment</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Enter the server address (starting with https://) and the group.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Enter the token your coordinator gave you.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Group “{group}” at {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Invitation code</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Joining the group…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Large change from the server</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Not saved: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Or, with a personal token:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>S&amp;top syncing</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Send your changes to the group server and get everyone else&apos;s</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>Set &amp;up sync…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Set up sync</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Syncing… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>The group server does not have this file yet: the person who attached it has not synced since.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>The group server refused a change to this record ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>This file is not on this computer, and this workspace is not connected to a group server.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>This record is in conflict ({fields}): two people changed it at once.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Up to date · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Working offline: no group server connected</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>a file only you can read ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>checking the server</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>could not reach the server</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>could not reach the server: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>enter a new token under Sync → Set up sync…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>kept from before; type to replace it</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>last synced at {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>optional: your name as the group knows it</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>press F5 to try again</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>receiving attachments</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>receiving changes</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>saving what arrived</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>sending attachments</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>sending changes</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>set up sync in a new, empty workspace</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>something went wrong</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>something went wrong ({reason}); the details are in the log</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>stopping</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>the server did not accept this token for this group; check it, or ask your coordinator for a new one</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>the server did not accept your token</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>the server refused the request</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>the server refused the request: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>the system&apos;s password store</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>this workspace holds demo data, which never syncs</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>trying again at {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>you chose not to apply the server&apos;s large change</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>you stopped it</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} of {total}</translation>
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
        <translation>Agroecology</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Co-design with authorities</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Community transport</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Digital platform cooperatives</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Education and services</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Energy communities</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Enterprise development and employment</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Healthcare</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Local entrepreneurship</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Policy and legal frameworks</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Short food supply chains</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Social inclusion</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Solidarity networks</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Sustainable agriculture and food</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Work integration</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>&amp;Back up the workspace to a file…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Contacts to merge (ticked):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Erase for good</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groups:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Keep:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Open contact</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>&amp;Practice sheet…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Read it this way</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Records:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>&amp;Restore from a backup file…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Use this country</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(detected)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(not readable)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(nothing to compare)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>A .vcf file that address books and phones can read.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>A printable sheet (PDF or Markdown) of the practice shown, or of several</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>A sync is running. Wait until it has finished, then restore again.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Back up the workspace</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Backed up {records} records and {files} attachment files to {path}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Backing up to {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Backups (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Backups (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Bring a backup back into an empty workspace</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Cards read: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Cards with a problem: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Checking {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Choose the encoding</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Choose the field each column goes into, or leave it out.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Columns not imported: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Contact to keep</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Contacts that look like the same person or organisation, to merge</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Contacts to merge</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Country of the phone numbers</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Delete the contact for good, everywhere, and list the mentions to review</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Double-click to open the contact already here</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Duplicate contacts</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>E&amp;rase this person…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>E&amp;xport everything about this person…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Erase this person</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Erase “{name}” and everything held about them?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>Erasing {name}</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Every contact in the list ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Every practice in the list ({count}), in one document</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Everything about “{name}” was saved to {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Everything in this workspace, attachments included, in one file</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Excel on Windows shows accented letters correctly only with this mark</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Export contacts as &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Export contacts as vCard</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Export everything about this person</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Export list as &amp;CSV…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Export list as CSV</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Exported {count} contacts to {path}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Exported {count} records to {path}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Exporting to {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Find &amp;duplicate contacts…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Groups of likely duplicates</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Import &amp;as:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Import a table</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Import details</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Import findings</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Import into</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Import result</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Import the column “{name}” into</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Import the rows without a problem and leave the others out</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Import the valid rows only</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Import the valid rows only ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Imported: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Imported: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Importing {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>It did not work: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Its links are removed from {count} linked records.</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Its past values are scrubbed from the history of changes.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Looking for duplicate contacts</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Looks like</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdown text</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Mentions to review</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Merge contacts</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Merge the ticked contacts into the one kept</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>Merged {count} contacts into one; records relinked: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Names as {encoding} reads them</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>No backup was made: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>No column goes into a field yet: choose at least one.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>No likely duplicates</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>No likely duplicates were found.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>No other record links to it.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>No phone region is set for this workspace.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Not imported ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Not imported: no encoding was chosen for {name}. Nothing was changed.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Not set (asked when needed)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Nothing was erased: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Nothing was exported: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Nothing was imported: the file holds no records.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Nothing was imported: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Nothing was restored: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Only the valid rows were imported; the rows below were left out.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Open the highlighted contact</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Open the highlighted record</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Phone numbers without a country code</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Phone numbers without a country code are read as {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Phone region</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Possible duplicates ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Possibly already here: {count} (see “Possible duplicates”)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Practice sheet</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Practice sheets written: {count}, in {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Preview of the import</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Preview summary</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problems ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Read as {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Read as: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Reading the file again…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Reading {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Recognised export</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restore from a backup file</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Restore {count} records from {name} (made on {date}) into this empty workspace?</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Restored {records} records and {files} attachment files from {name}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Restoring {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Rows previewed: {count}; all ready to import.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Rows read: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Rows with a problem: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Save the list shown, with its columns and filters, as a table</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Save the selected contacts, or the whole list, for an address book or a phone</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Show a contact first.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Show a practice, or the list of practices, to make sheets of them.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Show the contacts (or search for some) and select the ones to export.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Stopped: {what}. Nothing was changed.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>The choice can still be changed under “Encoding” in the next step.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>The contact, its history and every record linked to or mentioning it, as JSON</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>The contacts were not exported: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>The contacts were not merged: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>The country of phone numbers written without a country code, for this workspace</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>The file cannot be previewed: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>The file cannot be read that way: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>The list was not exported: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>The phone region was not saved: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>The practice shown: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>The records the search found, with the columns the list shows for their type.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>The search for duplicates stopped: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>The search found nothing to export.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>The selected contacts ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>The selected practices ({count}), in one document</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>The sheet was not written: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>The trash cannot be exported. Choose practices, contacts, tools or themes.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>This file cannot be imported: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>This file cannot be restored: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>This row has a problem</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 with &amp;BOM, for Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 with BOM, for Excel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Vertical bar ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Wait until the work in progress (an import, an export) has finished, then restore again.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Warnings ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>What erasing does</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Why they look alike</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Why: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Writing {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>column {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>created {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>home</source>
        <translation>home</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>practice-sheets</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>this file</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (older phones)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard files (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: {count} found</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— leave out —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>“{name}” was erased.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>“{name}” was erased. No other record mentions them in its text.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Give the currency of the funding amount</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>Region {value} is not in {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>The end date is before the start date</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Unknown field “{value}”</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label} cannot be negative</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} is required</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label} is too long ({length} characters, at most {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label} must be a list</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label} must be a list of text</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label} must be a number, not “{value}”</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label} must be a whole number</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label} must be text</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: each entry needs a value</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>“{value}” is not a NUTS region code</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>“{value}” is not a date (use YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>“{value}” is not a possible phone number</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>“{value}” is not a record id</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>“{value}” is not a valid e-mail address</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>“{value}” is not a web address (it should start with https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>“{value}” is not an ISO 3166 country code</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>“{value}” is not an ISO 4217 currency code</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>“{value}” is not an ISO 639 language code</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>“{value}” is not one of: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;What&apos;s new</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>By {who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Changed contact: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Changed practice: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Changed tool: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Everything here is read.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>First sync: {items} from your group</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Mark &amp;all as read</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Mark everything in What&apos;s new as read</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>New contact: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>New practice: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>New tool: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Only &amp;unread</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>That record is no longer here.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Unread: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>What arrived from your group</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>What your group added or changed since you last looked</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>What&apos;s new</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} from your group</translation>
    </message>
</context>
</TS>
