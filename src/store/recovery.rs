//! The recovery file: the open assessment, kept in the user's data folder so a crash loses
//! at most the last fraction of a second of work.
//!
//! Writes happen on a helper thread, so the window never waits for the disk: changes that
//! come quickly one after another are gathered and written once, at most [`DELAY`] after the
//! first of them. [`Recovery::flush`] waits until everything asked for is on disk (before a
//! workshop reveals answers), and dropping a [`Recovery`] flushes too (when the window
//! closes).
//!
//! The last copy of a crashed session is never lost: a recovery file that cannot be read is
//! moved aside under a dated name rather than overwritten, and the file is only removed when
//! the user restores it, throws it away, or saves their work.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};

use super::error::{LoadError, SaveError};
use super::{assessment_file, atomic};
use crate::domain::{Assessment, Date};

/// The longest a change waits before it is written.
pub const DELAY: Duration = Duration::from_millis(250);

/// The recovery file's name in its folder.
const FILE_NAME: &str = "herstel.ron";

/// What was found in the recovery file when the window started.
#[derive(Debug)]
pub enum Found {
    /// No recovery file: the last session ended cleanly.
    Nothing,
    /// Work of a session that did not end cleanly.
    Work(Box<Assessment>),
    /// A recovery file that cannot be read. It is kept, never overwritten.
    Unreadable {
        /// Where it is now: moved aside under a dated name, or `None` when moving failed and
        /// it stays where it was (then recovery is off for this session).
        kept_as: Option<PathBuf>,
        /// Why it could not be read.
        problem: LoadError,
    },
}

/// The recovery file of one window.
#[derive(Debug)]
pub struct Recovery {
    path: Option<PathBuf>,
    writer: Option<Writer>,
}

#[derive(Debug)]
struct Writer {
    jobs: Sender<Job>,
    thread: JoinHandle<()>,
    /// The last write that failed, until the window has told the user.
    failed: Arc<Mutex<Option<SaveError>>>,
}

#[derive(Debug)]
enum Job {
    Write(Box<Assessment>),
    Clear,
    Flush(Sender<()>),
}

impl Recovery {
    /// Recovery in a folder; `None` turns recovery off.
    pub fn new(dir: Option<PathBuf>) -> Self {
        Self {
            path: dir.map(|d| d.join(FILE_NAME)),
            writer: None,
        }
    }

    /// The user's data folder for Routekaart, if the system has one.
    pub fn default_dir() -> Option<PathBuf> {
        directories::ProjectDirs::from("nl", "Routekaart", "routekaart")
            .map(|dirs| dirs.data_local_dir().to_path_buf())
    }

    /// The recovery file, when recovery is on.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Looks for work left by a session that did not end cleanly. A file that cannot be read
    /// is moved aside (`herstel-onleesbaar-<date>-<time>.ron`) so that nothing overwrites it;
    /// if even that fails, recovery stays off for this session.
    pub fn read(&mut self) -> Found {
        let Some(path) = self.path.clone() else {
            return Found::Nothing;
        };
        if !path.exists() {
            return Found::Nothing;
        }
        match assessment_file::load_assessment(&path) {
            Ok(assessment) => Found::Work(Box::new(assessment)),
            Err(problem) => {
                let aside = aside_path(&path, SystemTime::now());
                let kept_as = std::fs::rename(&path, &aside).is_ok().then_some(aside);
                if kept_as.is_none() {
                    // It stays in the way: writing would destroy it.
                    self.path = None;
                }
                Found::Unreadable { kept_as, problem }
            }
        }
    }

    /// How long ago the recovery file was last written (read at start, before anything
    /// writes it again).
    pub fn age(&self) -> Option<std::time::Duration> {
        let modified = std::fs::metadata(self.path.as_ref()?)
            .ok()?
            .modified()
            .ok()?;
        SystemTime::now().duration_since(modified).ok()
    }

    /// Asks for the assessment to be written; returns at once. Changes that follow within
    /// [`DELAY`] are written together.
    pub fn write(&mut self, assessment: &Assessment) {
        self.send(Job::Write(Box::new(assessment.clone())));
    }

    /// Removes the recovery file (after a save, a restore's replacement by a saved file, or
    /// when the user throws it away); a write still waiting is dropped.
    pub fn clear(&mut self) {
        self.send(Job::Clear);
    }

    /// Waits until everything asked for is on disk.
    pub fn flush(&mut self) {
        if let Some(writer) = &self.writer {
            let (done, wait) = mpsc::channel();
            if writer.jobs.send(Job::Flush(done)).is_ok() {
                // The thread answers once the work before it is done; if it is gone, so is
                // the wait.
                let _ = wait.recv();
            }
        }
    }

    /// A write that failed since the last call, for the window to tell the user.
    pub fn take_failure(&self) -> Option<SaveError> {
        self.writer.as_ref().and_then(|w| {
            w.failed
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take()
        })
    }

    fn send(&mut self, job: Job) {
        let Some(path) = &self.path else { return };
        if self.writer.is_none() {
            self.writer = Writer::start(path.clone()).ok();
        }
        let Some(writer) = &self.writer else {
            // No thread could be started: write here, once, rather than not at all.
            let mut failed = None;
            do_job(path, job, &mut failed);
            return;
        };
        // A send fails only if the thread ended, which it does only when dropped.
        let _ = writer.jobs.send(job);
    }
}

impl Drop for Recovery {
    fn drop(&mut self) {
        if let Some(writer) = self.writer.take() {
            // Closing the channel makes the thread write what waits and end.
            drop(writer.jobs);
            let _ = writer.thread.join();
        }
    }
}

impl Writer {
    fn start(path: PathBuf) -> std::io::Result<Self> {
        let (jobs, rx) = mpsc::channel();
        let failed = Arc::new(Mutex::new(None));
        let thread = std::thread::Builder::new()
            .name("routekaart-recovery".to_owned())
            .spawn({
                let failed = Arc::clone(&failed);
                move || run(&path, &rx, &failed)
            })?;
        Ok(Self {
            jobs,
            thread,
            failed,
        })
    }
}

/// The helper thread: keeps only the newest assessment asked for, and writes it [`DELAY`]
/// after the first change it holds, on a flush, or when the window closes.
fn run(path: &Path, jobs: &Receiver<Job>, failed: &Mutex<Option<SaveError>>) {
    let mut waiting: Option<(Box<Assessment>, Instant)> = None;
    let write = |assessment: Box<Assessment>| {
        let mut error = None;
        do_job(path, Job::Write(assessment), &mut error);
        if error.is_some() {
            *failed.lock().unwrap_or_else(PoisonError::into_inner) = error;
        }
    };
    loop {
        let job = match &waiting {
            None => jobs.recv().map_err(|_| RecvTimeoutError::Disconnected),
            Some((_, since)) => {
                jobs.recv_timeout((*since + DELAY).saturating_duration_since(Instant::now()))
            }
        };
        match job {
            Ok(Job::Write(assessment)) => {
                let since = waiting.take().map_or_else(Instant::now, |(_, since)| since);
                waiting = Some((assessment, since));
            }
            Ok(Job::Clear) => {
                waiting = None;
                let mut error = None;
                do_job(path, Job::Clear, &mut error);
            }
            Ok(Job::Flush(done)) => {
                if let Some((assessment, _)) = waiting.take() {
                    write(assessment);
                }
                let _ = done.send(());
            }
            Err(RecvTimeoutError::Timeout) => {
                if let Some((assessment, _)) = waiting.take() {
                    write(assessment);
                }
            }
            Err(RecvTimeoutError::Disconnected) => {
                if let Some((assessment, _)) = waiting.take() {
                    write(assessment);
                }
                return;
            }
        }
    }
}

/// Does one job now; a failed write is put in `failed`.
fn do_job(path: &Path, job: Job, failed: &mut Option<SaveError>) {
    match job {
        Job::Write(assessment) => {
            if let Err(err) = write_now(path, &assessment) {
                *failed = Some(err);
            }
        }
        Job::Clear => {
            // Absent already is fine: there is nothing to recover.
            let _ = std::fs::remove_file(path);
        }
        Job::Flush(done) => {
            let _ = done.send(());
        }
    }
}

/// Writes the recovery file atomically (creating its folder), as the helper thread does.
pub fn write_now(path: &Path, assessment: &Assessment) -> Result<(), SaveError> {
    let text = assessment_file::assessment_to_ron(assessment).map_err(|err| SaveError::Encode {
        path: path.to_owned(),
        message: err.to_string(),
    })?;
    let written = match path.parent() {
        Some(dir) => std::fs::create_dir_all(dir),
        None => Ok(()),
    }
    .and_then(|()| atomic::prepare(path, text.as_bytes())?.commit(false));
    written.map_err(|source| SaveError::Write {
        path: path.to_owned(),
        source,
    })
}

/// Where an unreadable recovery file is kept: `herstel-onleesbaar-2026-03-12-1405.ron`
/// beside it (UTC), with a number added if that name is taken.
fn aside_path(path: &Path, now: SystemTime) -> PathBuf {
    let seconds = now
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let date = Date::from_days_since_epoch(seconds / 86_400)
        .map_or_else(|| "onbekend".to_owned(), |d| d.to_string());
    let minute = seconds % 86_400 / 60;
    let stem = format!(
        "herstel-onleesbaar-{date}-{:02}{:02}",
        minute / 60,
        minute % 60
    );
    let mut candidate = path.with_file_name(format!("{stem}.ron"));
    let mut n = 2;
    while candidate.exists() {
        candidate = path.with_file_name(format!("{stem}-{n}.ron"));
        n += 1;
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Assessment {
        let text = include_str!("../../assessments/1-lindewaard-kennismaken.ron");
        assessment_file::assessment_from_ron(text, Path::new("voorbeeld.ron")).unwrap()
    }

    #[test]
    fn writes_are_gathered_and_flushed() {
        let dir = tempfile::tempdir().unwrap();
        let mut recovery = Recovery::new(Some(dir.path().join("data")));
        let mut assessment = example();
        for n in 0..50 {
            assessment.meta.region = format!("Regio {n}");
            recovery.write(&assessment);
        }
        recovery.flush();
        let path = recovery.path().unwrap().to_owned();
        let saved = assessment_file::load_assessment(&path).unwrap();
        assert_eq!(
            saved.meta.region, "Regio 49",
            "the newest change is on disk"
        );
        drop(recovery);
        let mut again = Recovery::new(Some(dir.path().join("data")));
        assert!(matches!(again.read(), Found::Work(a) if a.meta.region == "Regio 49"));
    }

    #[test]
    fn a_write_lands_within_the_delay_without_a_flush() {
        let dir = tempfile::tempdir().unwrap();
        let mut recovery = Recovery::new(Some(dir.path().to_owned()));
        recovery.write(&example());
        let path = recovery.path().unwrap().to_owned();
        let start = Instant::now();
        while !path.exists() && start.elapsed() < Duration::from_secs(5) {
            std::thread::sleep(Duration::from_millis(10));
        }
        let took = start.elapsed();
        assert!(path.exists(), "written without a flush");
        assert!(
            took < DELAY + Duration::from_millis(750),
            "written about {DELAY:?} after the change, took {took:?}"
        );
    }

    #[test]
    fn dropping_writes_what_waits_and_clear_removes() {
        let dir = tempfile::tempdir().unwrap();
        let mut recovery = Recovery::new(Some(dir.path().to_owned()));
        let path = recovery.path().unwrap().to_owned();
        recovery.write(&example());
        drop(recovery);
        assert!(path.exists(), "the window closing writes what was waiting");
        let mut recovery = Recovery::new(Some(dir.path().to_owned()));
        recovery.write(&example());
        recovery.clear();
        recovery.flush();
        assert!(!path.exists(), "cleared, and the waiting write was dropped");
    }

    /// The one copy of a crashed session is never overwritten: an unreadable recovery file
    /// is moved aside under a dated name, and new work goes to a fresh file.
    #[test]
    fn an_unreadable_recovery_file_is_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "Assessment(schema_version: 1, meta: (region: \"Half").unwrap();
        let mut recovery = Recovery::new(Some(dir.path().to_owned()));
        let Found::Unreadable {
            kept_as: Some(kept),
            problem,
        } = recovery.read()
        else {
            panic!("an unreadable file is reported");
        };
        assert!(
            problem
                .message(crate::domain::Lang::Nl)
                .contains("afgebroken")
        );
        let name = kept.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("herstel-onleesbaar-20"), "{name}");
        assert_eq!(
            std::fs::read_to_string(&kept).unwrap(),
            "Assessment(schema_version: 1, meta: (region: \"Half",
            "kept as it was"
        );
        recovery.write(&example());
        recovery.flush();
        assert!(path.exists(), "new work goes to a fresh recovery file");
        assert!(kept.exists(), "and the old one stays");
    }

    #[test]
    fn aside_names_are_dated_and_never_taken_twice() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        // 2026-03-12 14:05:30 UTC.
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(20_524 * 86_400 + 14 * 3600 + 330);
        let first = aside_path(&path, now);
        assert_eq!(
            first.file_name().unwrap(),
            "herstel-onleesbaar-2026-03-12-1405.ron"
        );
        std::fs::write(&first, "x").unwrap();
        assert_eq!(
            aside_path(&path, now).file_name().unwrap(),
            "herstel-onleesbaar-2026-03-12-1405-2.ron"
        );
    }
}
