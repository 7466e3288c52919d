"""The desktop UI (PySide6): the only Qt code in RuralDesk.

Layout
    shell.Shell             owns Operations, Settings and the MainWindow; first run; language/font
    mainwindow.MainWindow   navigation | list | detail; menus, tool bar, search field, status bar
    ops.Operations          every write (undoable), change notifications, long work
    worker.background       the one helper that runs work off the UI thread
    models                  RecordListModel (ids only, rows fetched per page), SearchModel,
                            NavigationModel
    dialogs.Dialog          the one dialog style; FirstRunDialog, SettingsDialog, LinkDialog
    settings.Settings       typed settings over QSettings, declared in one place
    i18n                    translators; translated labels for the domain's English strings
    startup.open_replica    opening the replica: second copy, unwritable folder, full disk, damage
    syncui.SyncController   account set-up, Sync now, automatic sync, status, mass-loss question
    conflicts               the conflicts view
    transfer                import / export / backup / people's data dialogs
    helpmenu                user guide, About, diagnostics

Extension points (what syncui and transfer use)
    Shell.window_created_hooks.append(fn)       fn(window) runs for every MainWindow made (the
                                                window is rebuilt when the language changes)
    MainWindow.menu(name)                       "file", "edit", "view", "record", "sync", "help";
                                                "sync" is created on first use, before "help"
    MainWindow.add_action(key, text, slot, menu=..., section=..., shortcut=..., toolbar=...)
                                                register an action; MainWindow.action(key) finds it.
                                                section="io" puts it in the File menu's import /
                                                export section; MainWindow.section(menu, name) makes
                                                a new section
    MainWindow.run_with_progress(title, fn, *args, on_done=, on_error=, changes=Change(...))
                                                long work with a progress dialog and Cancel; fn gets
                                                task=... and calls task.report(done, total) (False
                                                once cancelled); the views refresh afterwards
    Operations.run(fn, ..., changes=)           the same without a dialog (background sync)
    Operations.notify(Change(...))              tell the views that records changed (after a pull)
    Operations.changed                          Signal(Change) after every write, undo and redo
    MainWindow.set_sync_state(text, tooltip)    plain-language sync state in the status bar
    MainWindow.sync_slot                        a QWidget (QHBoxLayout) in the status bar for more
                                                sync widgets (a "Sync now" button, a conflict count)
    MainWindow.refresh_pending()                re-count the changes waiting to be shared
    MainWindow.open_record(record_id)           show any record (e.g. from the conflicts list)
    dialogs.Dialog / Dialog.ask / inform / warn the dialog style to reuse
    Settings (declare keys with Setting(...))   settings.attachment_mode is "on_demand" or
                                                "all_offline" for the sync client to honour
    worker.background(fn, *args, on_done=, on_error=, on_progress=)
                                                the only way to run work off the UI thread

Every visible string goes through QCoreApplication.translate / tr(); run
scripts/update-translations after adding strings.
"""
