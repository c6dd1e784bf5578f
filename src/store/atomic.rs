//! Atomic replacement of a file, in two steps so an interrupted save can be tested.

use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

/// The backup path kept beside a file: `plan.ron` → `plan.ron.bak`.
pub fn backup_path(target: &Path) -> PathBuf {
    let mut name = target.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    target.with_file_name(name)
}

/// A new file content written and synced to a temporary file beside its target, not yet in
/// place. Dropping it without [`PreparedWrite::commit`] removes the temporary file and leaves
/// the target as it was.
#[derive(Debug)]
pub struct PreparedWrite {
    temp: NamedTempFile,
    target: PathBuf,
}

/// Writes `bytes` to a temporary file in the target's folder and syncs it to disk.
pub fn prepare(target: &Path, bytes: &[u8]) -> io::Result<PreparedWrite> {
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".routekaart-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.flush()?;
    temp.as_file().sync_all()?;
    Ok(PreparedWrite {
        temp,
        target: target.to_owned(),
    })
}

impl PreparedWrite {
    /// Puts the new content in place. When `keep_backup` is set and the target exists, its
    /// current content is first kept as `<name>.bak` (itself replaced atomically).
    pub fn commit(self, keep_backup: bool) -> io::Result<()> {
        if keep_backup && self.target.exists() {
            let previous = fs::read(&self.target)?;
            let backup = backup_path(&self.target);
            prepare(&backup, &previous)?.commit(false)?;
        }
        self.temp.persist(&self.target).map_err(|err| err.error)?;
        sync_parent(&self.target);
        Ok(())
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
        && let Ok(handle) = fs::File::open(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        })
    {
        // Syncing a directory is best effort; the data itself is synced already.
        let _ = handle.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interrupted_write_leaves_old_file_and_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("plan.ron");
        fs::write(&target, b"old").unwrap();
        let prepared = prepare(&target, b"new").unwrap();
        drop(prepared); // the save stops here, before the rename
        assert_eq!(fs::read(&target).unwrap(), b"old", "old content intact");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "no temporary file left behind: {names:?}");
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
    }
}
