//! Loading many assessment files at once, for the comparison.
//!
//! Every file is loaded on its own: a broken or newer file is listed with its reason and the
//! others are still used. Folders are searched (not recursively) for `.ron` files and for
//! exported reports (`.pdf`, read through the assessment they carry). Reading is spread over
//! the machine's cores; the result is in the order the files were found.
//!
//! [`load_many_with`] also lets each worker turn an assessment into what the caller keeps
//! (a comparison row, say) as soon as it is read, so the work of a large set runs on every
//! core and no more than one assessment per core is held at a time.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::LoadError;
use super::assessment_file::{load_assessment, report_kind};
use crate::domain::compare::{self, Row};
use crate::domain::{Assessment, Framework};

/// The outcome of loading many files.
#[derive(Debug)]
pub struct Loaded<T = Assessment> {
    /// Files that loaded, in the order found, with their assessment (or what
    /// [`load_many_with`] made of it).
    pub assessments: Vec<(PathBuf, T)>,
    /// Files that did not, with the reason.
    pub failed: Vec<(PathBuf, LoadError)>,
}

/// The `.ron` files and exported reports (`.pdf`) among `paths`: files as given, folders
/// searched one level deep; sorted within each folder. In a folder, a report beside the
/// assessment it was made from (`x.pdf` next to `x.ron`) is left out, so the region is not
/// counted twice. Folders that cannot be read are reported as failures.
pub fn assessment_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<(PathBuf, LoadError)>) {
    files_in(paths, true)
}

/// Every `.ron` file and report among `paths` (files as given, folders searched one level
/// deep), for checking each of them: reports beside their assessment included.
pub fn routekaart_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<(PathBuf, LoadError)>) {
    files_in(paths, false)
}

fn files_in(
    paths: &[PathBuf],
    skip_reports_beside_ron: bool,
) -> (Vec<PathBuf>, Vec<(PathBuf, LoadError)>) {
    let mut files = Vec::new();
    let mut failed = Vec::new();
    for path in paths {
        if path.is_dir() {
            match std::fs::read_dir(path) {
                Ok(entries) => {
                    let mut found: Vec<PathBuf> = entries
                        .filter_map(Result::ok)
                        .filter_map(|e| {
                            let path = e.path();
                            let wanted = path
                                .extension()
                                .is_some_and(|x| x.eq_ignore_ascii_case("ron"))
                                || report_kind(&path).is_some();
                            // The entry's type comes with the listing on most file systems;
                            // only a link is followed to see what it names.
                            let file = wanted
                                && e.file_type().is_ok_and(|t| {
                                    t.is_file() || (t.is_symlink() && path.is_file())
                                });
                            file.then_some(path)
                        })
                        .collect();
                    // All in one folder, so the plain text of the paths sorts them by name.
                    found.sort_unstable_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
                    let has_ron = |report: &Path| {
                        let ron = report.with_extension("ron");
                        found
                            .binary_search_by(|p| p.as_os_str().cmp(ron.as_os_str()))
                            .is_ok()
                    };
                    let beside_ron: Vec<bool> = found
                        .iter()
                        .map(|p| skip_reports_beside_ron && report_kind(p).is_some() && has_ron(p))
                        .collect();
                    files.extend(
                        found
                            .into_iter()
                            .zip(beside_ron)
                            .filter_map(|(path, skip)| (!skip).then_some(path)),
                    );
                }
                Err(source) => failed.push((
                    path.clone(),
                    LoadError::Read {
                        path: path.clone(),
                        source,
                    },
                )),
            }
        } else {
            files.push(path.clone());
        }
    }
    (files, failed)
}

/// The name a file is shown by in lists of many: its file name, or the whole path when it
/// has none.
pub fn shown_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

impl<T> Default for Loaded<T> {
    fn default() -> Self {
        Self {
            assessments: Vec::new(),
            failed: Vec::new(),
        }
    }
}

/// Loads every file, calling `progress(done, total)` as files finish (from worker threads).
pub fn load_many(paths: &[PathBuf], progress: &(dyn Fn(usize, usize) + Sync)) -> Loaded {
    load_many_with(paths, progress, &|_, assessment| assessment)
}

/// Loads every file and hands each assessment to `each` on the worker that read it,
/// keeping what `each` returns; calls `progress(done, total)` as files finish.
pub fn load_many_with<T: Send>(
    paths: &[PathBuf],
    progress: &(dyn Fn(usize, usize) + Sync),
    each: &(dyn Fn(&Path, Assessment) -> T + Sync),
) -> Loaded<T> {
    let (files, mut failed) = assessment_files(paths);
    let total = files.len();
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(total.max(1));
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let mut results: Vec<(usize, Result<T, LoadError>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(file) = files.get(index) else { break };
                        mine.push((index, load_assessment(file).map(|a| each(file, a))));
                        progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| match h.join() {
                Ok(mine) => mine,
                // A panic in a worker is a bug; it is not turned into missing files.
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    });
    results.sort_by_key(|(index, _)| *index);
    let mut loaded = Loaded::default();
    for (index, result) in results {
        let path = files.get(index).cloned().unwrap_or_default();
        match result {
            Ok(kept) => loaded.assessments.push((path, kept)),
            Err(err) => failed.push((path, err)),
        }
    }
    loaded.failed = failed;
    loaded
}

/// Loads every file as a row of the comparison ([`compare::row`], with the file's path as its
/// source), evaluated on the worker that read it; gather the rows with
/// [`compare::from_rows`].
pub fn load_rows(
    framework: &Framework,
    paths: &[PathBuf],
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Loaded<Row> {
    load_many_with(paths, progress, &|path, assessment| {
        compare::row(framework, &path.to_string_lossy(), &assessment)
    })
}
