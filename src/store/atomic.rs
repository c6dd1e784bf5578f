//! Atomic replacement of a file, in two steps so an interrupted save can be tested.
//!
//! A save writes the new content to a temporary file beside its target, with a fixed name
//! per target (`.plan.ron.routekaart-tmp`), syncs it and renames it over the target: a crash
//! at any moment leaves the target old or new, whole. While a save runs, its temporary file
//! is locked; a temporary file nobody holds a lock on was left by a save that was killed, and
//! the next save in that folder removes it. New files get the permissions a new file normally
//! gets in their folder; a replaced file keeps its own.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// How the name of a temporary file ends.
const TEMP_SUFFIX: &str = ".routekaart-tmp";

/// The backup path kept beside a file: `plan.ron` → `plan.ron.bak`.
pub fn backup_path(target: &Path) -> PathBuf {
    let mut name = target.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    target.with_file_name(name)
}

/// The temporary file a save of `target` writes first: `plan.ron` → `.plan.ron.routekaart-tmp`.
pub fn temp_path(target: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(target.file_name().unwrap_or_default());
    name.push(TEMP_SUFFIX);
    target.with_file_name(name)
}

/// A new file content written and synced to a temporary file beside its target, not yet in
/// place. Dropping it without [`PreparedWrite::commit`] removes the temporary file and leaves
/// the target as it was.
#[derive(Debug)]
pub struct PreparedWrite {
    /// The temporary file, open and locked until it is renamed or removed.
    file: Option<File>,
    temp: PathBuf,
    target: PathBuf,
}

/// Writes `bytes` to the target's temporary file and syncs it to disk.
///
/// A temporary file left by a save that was killed is replaced; one that another save is
/// writing right now (its lock is held) makes this save fail with
/// [`io::ErrorKind::ResourceBusy`], and the other save goes on undisturbed.
pub fn prepare(target: &Path, bytes: &[u8]) -> io::Result<PreparedWrite> {
    let temp = temp_path(target);
    let mut file = create_temp(&temp)?;
    let mut prepared = PreparedWrite {
        file: None,
        temp,
        target: target.to_owned(),
    };
    file.write_all(bytes)?;
    file.flush()?;
    keep_permissions(&file, target)?;
    file.sync_all()?;
    prepared.file = Some(file);
    Ok(prepared)
}

/// Creates the temporary file, new, and locks it. A stale one (no lock held) is removed
/// first.
fn create_temp(temp: &Path) -> io::Result<File> {
    for _ in 0..3 {
        match OpenOptions::new().write(true).create_new(true).open(temp) {
            Ok(file) => {
                // Freshly created: nobody else can hold its lock yet, except a save that
                // raced to the same name, which then owns it.
                match file.try_lock() {
                    Ok(()) => return Ok(file),
                    Err(fs::TryLockError::WouldBlock) => return Err(busy(temp)),
                    Err(fs::TryLockError::Error(err)) => return Err(err),
                }
            }
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists => {
                if !remove_if_stale(temp) {
                    return Err(busy(temp));
                }
            }
            Err(err) => return Err(err),
        }
    }
    Err(busy(temp))
}

fn busy(temp: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::ResourceBusy,
        format!(
            "another save of this file is in progress ({})",
            temp.display()
        ),
    )
}

/// Removes a temporary file whose save is no longer running (nobody holds its lock).
/// Returns whether the name is free now.
fn remove_if_stale(temp: &Path) -> bool {
    let Ok(file) = OpenOptions::new().read(true).write(true).open(temp) else {
        // Gone in the meantime (its save finished), or not ours to open.
        return !temp.exists();
    };
    if file.try_lock().is_err() {
        return false;
    }
    // Removed while locked, so no save can take it over in between.
    let removed = fs::remove_file(temp).is_ok() || !temp.exists();
    drop(file);
    removed
}

/// A replaced file keeps its permissions (on Windows a file's rights come from its folder).
#[cfg(unix)]
fn keep_permissions(file: &File, target: &Path) -> io::Result<()> {
    match fs::metadata(target) {
        Ok(meta) => file.set_permissions(meta.permissions()),
        Err(_) => Ok(()),
    }
}

#[cfg(not(unix))]
#[expect(
    clippy::unnecessary_wraps,
    reason = "the same signature as the Unix version, which can fail"
)]
fn keep_permissions(_file: &File, _target: &Path) -> io::Result<()> {
    Ok(())
}

impl PreparedWrite {
    /// Puts the new content in place. When `keep_backup` is set and the target exists, its
    /// current content is first kept as `<name>.bak` (itself replaced atomically). Then
    /// temporary files that killed saves left in the folder are removed.
    pub fn commit(mut self, keep_backup: bool) -> io::Result<()> {
        if keep_backup && self.target.exists() {
            let previous = fs::read(&self.target)?;
            let backup = backup_path(&self.target);
            prepare(&backup, &previous)?.commit_only()?;
        }
        self.commit_only()?;
        if let Some(dir) = self.target.parent() {
            sweep_stale(folder(dir));
        }
        Ok(())
    }

    /// The rename, with the temporary file still locked so no sweep takes it.
    fn commit_only(&mut self) -> io::Result<()> {
        fs::rename(&self.temp, &self.target).map_err(|err| explain_rename(err, &self.target))?;
        self.file = None;
        sync_parent(&self.target);
        Ok(())
    }
}

/// The target of a save is open in another program that does not let it be replaced: on
/// Windows a PDF reader or Word holding the report the user exports again. The target stays
/// as it was.
#[derive(Debug)]
pub struct HeldOpen;

impl std::fmt::Display for HeldOpen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the file is open in another program that does not let it be replaced")
    }
}

impl std::error::Error for HeldOpen {}

/// Windows refuses to rename over a file that another program has open without sharing it
/// for deletion (access denied, sharing or lock violation). The temporary file was just
/// written in the same folder, so the folder is writable; a target that is not read-only is
/// then held open.
fn explain_rename(err: io::Error, target: &Path) -> io::Error {
    const ACCESS_DENIED: i32 = 5;
    const SHARING_VIOLATION: i32 = 32;
    const LOCK_VIOLATION: i32 = 33;
    let held_open = cfg!(windows)
        && matches!(
            err.raw_os_error(),
            Some(ACCESS_DENIED | SHARING_VIOLATION | LOCK_VIOLATION)
        )
        && fs::metadata(target).is_ok_and(|meta| !meta.permissions().readonly());
    if held_open {
        io::Error::new(io::ErrorKind::ResourceBusy, HeldOpen)
    } else {
        err
    }
}

impl Drop for PreparedWrite {
    fn drop(&mut self) {
        if let Some(file) = self.file.take() {
            // Not committed: the save stopped; its temporary file goes (still locked, so no
            // other save's sweep races it). Failing leaves it for the next sweep.
            let _ = fs::remove_file(&self.temp);
            drop(file);
        }
    }
}

/// The folder a path lies in, `.` for a bare file name.
fn folder(dir: &Path) -> &Path {
    if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    }
}

/// Earlier versions wrote randomly named temporaries (`.routekaart-XXXXXX.tmp`) without a
/// lock; one that is an hour old belongs to no running save.
const LEGACY_AGE: Duration = Duration::from_secs(3600);

/// Removes Routekaart's own temporary files in `dir` that no save is writing: left by saves
/// that were killed. Best effort: a folder that cannot be listed is left as it is.
fn sweep_stale(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        if name.ends_with(TEMP_SUFFIX) {
            remove_if_stale(&path);
        } else if name.starts_with(".routekaart-") && name.ends_with(".tmp") {
            let old = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| SystemTime::now().duration_since(t).ok())
                .is_some_and(|age| age > LEGACY_AGE);
            if old {
                let _ = fs::remove_file(&path);
            }
        }
    }
}

/// Writes a file atomically, keeping the previous version as a backup.
pub fn write(target: &Path, bytes: &[u8]) -> io::Result<()> {
    prepare(target, bytes)?.commit(true)
}

/// Makes the rename durable. Failing to open a directory (e.g. on Windows) is not an error:
/// the rename itself already happened.
fn sync_parent(target: &Path) {
    if let Some(dir) = target.parent()
        && let Ok(handle) = File::open(folder(dir))
    {
        // Syncing a directory is best effort; the data itself is synced already.
        let _ = handle.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn interrupted_write_leaves_old_file_and_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("plan.ron");
        fs::write(&target, b"old").unwrap();
        let prepared = prepare(&target, b"new").unwrap();
        assert!(
            temp_path(&target).exists(),
            "written beside the target first"
        );
        drop(prepared); // the save stops here, before the rename
        assert_eq!(fs::read(&target).unwrap(), b"old", "old content intact");
        assert_eq!(names(dir.path()), ["plan.ron"], "no temporary file left");
    }

    #[test]
    fn commit_replaces_and_keeps_backup() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("plan.ron");
        fs::write(&target, b"v1").unwrap();
        write(&target, b"v2").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"v2", "new content in place");
        assert_eq!(
            fs::read(backup_path(&target)).unwrap(),
            b"v1",
            "previous version kept"
        );
        write(&target, b"v3").unwrap();
        assert_eq!(
            fs::read(backup_path(&target)).unwrap(),
            b"v2",
            "backup follows"
        );
        assert_eq!(names(dir.path()), ["plan.ron", "plan.ron.bak"]);
    }

    /// What a killed save leaves (a temporary file nobody locks) is taken over by the next
    /// save of that file and swept by the next save of any file in the folder; old-style
    /// temporaries go once they are an hour old.
    #[test]
    fn stale_temporaries_are_cleaned_up() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("plan.ron");
        fs::write(temp_path(&target), b"half").unwrap();
        fs::write(temp_path(&dir.path().join("ander.ron")), b"half").unwrap();
        let legacy = dir.path().join(".routekaart-AbC123.tmp");
        fs::write(&legacy, b"half").unwrap();
        File::options()
            .write(true)
            .open(&legacy)
            .unwrap()
            .set_modified(SystemTime::now() - 2 * LEGACY_AGE)
            .unwrap();
        let recent = dir.path().join(".routekaart-Xyz789.tmp");
        fs::write(&recent, b"a save of an older version, running now").unwrap();
        write(&target, b"new").unwrap();
        assert_eq!(
            names(dir.path()),
            [".routekaart-Xyz789.tmp", "plan.ron"],
            "only the recent old-style file stays"
        );
    }

    /// A save in progress (its temporary file locked) is neither taken over nor swept.
    #[test]
    fn a_running_save_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("plan.ron");
        let running = prepare(&target, b"first").unwrap();
        let err = prepare(&target, b"second").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::ResourceBusy, "{err}");
        write(&dir.path().join("ander.ron"), b"x").unwrap();
        assert!(temp_path(&target).exists(), "not swept while running");
        running.commit(false).unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"first");
    }

    #[cfg(unix)]
    #[test]
    fn files_get_the_usual_permissions_and_keep_their_own() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        // What a new file normally gets here, under this process's umask.
        let plain = dir.path().join("gewoon.txt");
        fs::write(&plain, b"x").unwrap();
        let fresh = dir.path().join("nieuw.ron");
        write(&fresh, b"x").unwrap();
        assert_eq!(mode(&fresh), mode(&plain), "a new file as any new file");
        let shared = dir.path().join("gedeeld.ron");
        fs::write(&shared, b"v1").unwrap();
        fs::set_permissions(&shared, fs::Permissions::from_mode(0o664)).unwrap();
        write(&shared, b"v2").unwrap();
        assert_eq!(mode(&shared), 0o664, "a replaced file keeps its own");
    }

    /// Windows only (run under Wine in CI): a report open in a PDF reader, which shares it
    /// for reading only, is kept; the error says why; once closed, the export goes through.
    #[cfg(windows)]
    #[test]
    fn a_file_held_open_elsewhere_is_kept_and_named() {
        use std::os::windows::fs::OpenOptionsExt as _;
        const FILE_SHARE_READ: u32 = 1;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("Jördis rapport.pdf");
        fs::write(&target, b"old").unwrap();
        let reader = OpenOptions::new()
            .read(true)
            .share_mode(FILE_SHARE_READ)
            .open(&target)
            .unwrap();
        let err = prepare(&target, b"new")
            .and_then(|prepared| prepared.commit(false))
            .expect_err("the open file cannot be replaced");
        assert!(
            err.get_ref()
                .is_some_and(|inner| inner.is::<super::HeldOpen>()),
            "named as held open: {err:?}"
        );
        assert_eq!(fs::read(&target).unwrap(), b"old", "old content intact");
        assert!(!temp_path(&target).exists(), "no temporary file left");
        drop(reader);
        prepare(&target, b"new").unwrap().commit(false).unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"new", "replaced once closed");
    }
}
