//! Saves killed at random moments: the target is always the old file or the new one, whole,
//! and the next save in the folder leaves no temporary file behind.
//!
//! The harness starts this test binary again as a worker ([`save_worker`]) that saves one
//! kind of file in a loop, alternating between two contents, through the same functions the
//! window and the command line use; it kills the worker with SIGKILL (on Windows,
//! `TerminateProcess`) at a random moment and looks at what is on disk. `ROUTEKAART_KILLS`
//! sets the kills per kind (10 by default; `scripts/kill-saves.sh` runs 1 000).

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use routekaart::domain::compare::{Comparison, compare};
use routekaart::domain::{Assessment, Framework, Lang};
use routekaart::store::{self, atomic, recovery};

/// The kinds of file Routekaart saves.
const KINDS: [&str; 4] = ["assessment", "report", "recovery", "csv"];

/// Two contents of one kind: the worker alternates between them. What is made before the
/// file is written (a report's pages, a comparison) is made once, so the kills land in the
/// saving itself.
struct Contents {
    framework: Framework,
    a: Vec<Assessment>,
    b: Vec<Assessment>,
    reports: [Vec<u8>; 2],
    comparisons: [Comparison; 2],
}

impl Contents {
    fn new(kind: &str) -> Self {
        let all: Vec<Assessment> = crate::example_files()
            .iter()
            .map(|p| store::load_assessment(p).unwrap())
            .collect();
        // One assessment each for a file, a report or the recovery file; for a CSV, two
        // comparisons.
        let (a, b) = if kind == "csv" {
            (all.clone(), all[1..].to_vec())
        } else {
            (vec![all[4].clone()], vec![all[2].clone()])
        };
        let framework = Framework::embedded().unwrap();
        let reports = [&a, &b]
            .map(|set| routekaart::report::render_report(&framework, &set[0], Lang::Nl).unwrap());
        let comparisons = [&a, &b].map(|set| comparison(&framework, set));
        Self {
            framework,
            a,
            b,
            reports,
            comparisons,
        }
    }

    /// Saves one of the two contents the way the app does.
    fn save(&self, kind: &str, second: bool, target: &Path) {
        let set = if second { &self.b } else { &self.a };
        let n = usize::from(second);
        match kind {
            "assessment" => store::save_assessment(target, &set[0]).unwrap(),
            // What `report` and the window's export do once the pages are made.
            "report" => store::save_export(target, &self.reports[n]).unwrap(),
            "recovery" => recovery::write_now(target, &set[0]).unwrap(),
            "csv" => {
                store::save_comparison_csv(target, &self.framework, &self.comparisons[n], Lang::Nl)
                    .unwrap();
            }
            other => panic!("unknown kind {other}"),
        }
    }

    /// The bytes a whole save of either content leaves.
    fn expected(&self, kind: &str) -> [Vec<u8>; 2] {
        [0, 1].map(|n| match kind {
            "assessment" | "recovery" => {
                let set = if n == 1 { &self.b } else { &self.a };
                store::assessment_to_ron(&set[0]).unwrap().into_bytes()
            }
            "report" => self.reports[n].clone(),
            "csv" => {
                store::comparison_csv(&self.framework, &self.comparisons[n], Lang::Nl).unwrap()
            }
            other => panic!("unknown kind {other}"),
        })
    }
}

fn comparison(framework: &Framework, set: &[Assessment]) -> Comparison {
    let entries: Vec<(String, Assessment)> = set
        .iter()
        .enumerate()
        .map(|(n, a)| (format!("{n}.ron"), a.clone()))
        .collect();
    compare(framework, &entries)
}

/// The target's file name per kind.
fn file_name(kind: &str) -> &'static str {
    match kind {
        "report" => "rapport.pdf",
        "recovery" => "herstel.ron",
        "csv" => "vergelijking.csv",
        _ => "regio.ron",
    }
}

/// The worker: saves in a loop until it is killed. Started only by the harness.
#[test]
#[ignore = "the kill harness's worker; the harness starts it itself"]
fn save_worker() {
    let (Ok(kind), Some(target)) = (
        std::env::var("ROUTEKAART_KILL_KIND"),
        std::env::var_os("ROUTEKAART_KILL_TARGET").map(PathBuf::from),
    ) else {
        return;
    };
    let contents = Contents::new(&kind);
    println!("ready");
    let mut second = true;
    loop {
        contents.save(&kind, second, &target);
        second = !second;
    }
}

/// A small random number generator (xorshift), seeded from the clock; the seed is printed
/// so a failure can be repeated with `ROUTEKAART_KILL_SEED`.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn killed_saves_leave_the_old_file_or_the_new_one() {
    let kills: usize = std::env::var("ROUTEKAART_KILLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10);
    let seed = std::env::var("ROUTEKAART_KILL_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1
        });
    let mut random = Random(seed);
    for kind in KINDS {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join(file_name(kind));
        let contents = Contents::new(kind);
        let expected = contents.expected(kind);
        // One save here first: the target exists, and its time sets the range of moments
        // to kill at (up to three saves into the worker's loop).
        let started = Instant::now();
        contents.save(kind, false, &target);
        let save_time = started.elapsed();
        let mut in_flight = 0;
        for kill in 0..kills {
            let mut worker = Command::new(std::env::current_exe().unwrap())
                .args(["--ignored", "--exact", "kill::save_worker", "--nocapture"])
                .env("ROUTEKAART_KILL_KIND", kind)
                .env("ROUTEKAART_KILL_TARGET", &target)
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            let mut lines = BufReader::new(worker.stdout.take().unwrap()).lines();
            assert!(
                lines.any(|l| l.is_ok_and(|l| l == "ready")),
                "the worker starts"
            );
            let range = u64::try_from(save_time.as_micros() * 3)
                .unwrap_or(u64::MAX)
                .max(1);
            std::thread::sleep(Duration::from_micros(random.next() % range));
            worker.kill().unwrap();
            worker.wait().unwrap();
            if atomic::temp_path(&target).exists() {
                in_flight += 1;
            }
            let on_disk = std::fs::read(&target).unwrap();
            assert!(
                expected.contains(&on_disk),
                "{kind}, kill {kill} (seed {seed}): the target is neither the old nor the new file ({} bytes)",
                on_disk.len()
            );
        }
        // The next save in the folder cleans up after every killed one.
        contents.save(kind, false, &target);
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        let mut wanted = vec![file_name(kind).to_owned()];
        if kind == "assessment" {
            wanted.push(format!("{}.bak", file_name(kind)));
        }
        assert_eq!(left, wanted, "{kind}: nothing else is left in the folder");
        println!(
            "{kind}: {kills} kills, {in_flight} during a write; the target was always whole (seed {seed})"
        );
    }
}
