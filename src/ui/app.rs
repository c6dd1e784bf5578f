//! The app shell: owns the framework, the open document, the current screen and the
//! settings; draws the top bar, the current screen and any dialog; applies the commands they
//! return (in `app/apply.rs`).

mod apply;
mod compare;
mod dialogs;
mod edit;

use std::path::PathBuf;

use crate::domain::{Framework, Lang};
use crate::store::Recovery;
use crate::store::recovery::Found;
use crate::ui::command::{Command, Screen};
use crate::ui::document::Document;
use crate::ui::files::{PendingDialog, TypedPath};
use crate::ui::screens::{self, ScreenState};
use crate::ui::settings::Settings;
use crate::ui::{chrome, theme};

/// How the app is set up; tests use their own folders and no dialogs.
#[derive(Clone, Debug)]
pub struct Config {
    /// Where the recovery file lives; `None` turns recovery off.
    pub recovery_dir: Option<PathBuf>,
    /// Whether to use the system's file dialogs (otherwise a typed path is asked for).
    pub dialogs: bool,
    /// A file to open at start.
    pub open: Option<PathBuf>,
    /// Close once the first frame is shown and report how long start-up took since this
    /// instant (for measuring).
    pub startup_probe: Option<std::time::Instant>,
    /// Write a line to standard error for every frame (for checking that an idle window
    /// does not repaint).
    pub frame_log: bool,
    /// Preferences to start with instead of the stored ones (for checks and screenshots
    /// at a given language, theme and text size).
    pub settings: Option<Settings>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            recovery_dir: Recovery::default_dir(),
            dialogs: true,
            open: None,
            startup_probe: None,
            frame_log: false,
            settings: None,
        }
    }
}

/// Where the window stands with unsaved work: the one state behind the question "save
/// first?" that closing, opening or starting anew asks.
#[derive(Clone, Debug)]
enum Leaving {
    /// Nothing waits: the user works.
    Working,
    /// A command that would drop unsaved work waits for the user's answer.
    Asking(Command),
    /// The user chose to save first; the command runs once the save succeeds and is
    /// forgotten if it fails or is cancelled.
    SavingFirst(Command),
    /// The user chose not to save: the command that runs now may drop the work.
    Discarding,
    /// The window is closing; a close request is no longer questioned.
    Closing,
}

/// A message shown in a banner under the top bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// Whether it reports a problem.
    pub error: bool,
    /// The sentence.
    pub text: String,
}

/// The Routekaart window.
pub struct App {
    framework: Framework,
    doc: Option<Document>,
    screen: Screen,
    settings: Settings,
    config: Config,
    recovery: Recovery,
    state: ScreenState,
    message: Option<Message>,
    /// Where the window stands with unsaved work.
    leaving: Leaving,
    /// An assessment found in the recovery file at start, until the user restores it or
    /// throws it away; meanwhile nothing writes or removes the recovery file.
    recovered: Option<crate::domain::Assessment>,
    /// How long ago that work was kept.
    recovered_age: Option<std::time::Duration>,
    dialog: Option<PendingDialog>,
    typed_path: TypedPath,
    applied_zoom: f32,
    frames: u64,
    shown_title: String,
    /// A command to run on the next frame.
    queued: Option<Command>,
    /// Whether the workshop's projector window is open.
    projector: bool,
    /// The files and folders in the comparison.
    compare_paths: Vec<PathBuf>,
}

impl App {
    /// Creates the app: reads the settings, installs fonts and theme, looks for a recovery
    /// file and opens the file asked for.
    pub fn new(cc: &eframe::CreationContext<'_>, framework: Framework, config: Config) -> Self {
        let settings = config
            .settings
            .clone()
            .unwrap_or_else(|| Settings::load(cc.storage));
        theme::install(&cc.egui_ctx);
        theme::apply_theme(&cc.egui_ctx, settings.dark);
        let mut recovery = Recovery::new(config.recovery_dir.clone());
        let found = recovery.read();
        let recovered_age = recovery.age();
        let open = config.open.clone();
        let mut app = Self {
            framework,
            doc: None,
            screen: Screen::Start,
            settings,
            config,
            recovery,
            state: ScreenState::default(),
            message: None,
            leaving: Leaving::Working,
            recovered: None,
            recovered_age,
            dialog: None,
            typed_path: TypedPath::default(),
            applied_zoom: 0.0,
            frames: 0,
            shown_title: String::new(),
            queued: None,
            projector: false,
            compare_paths: Vec::new(),
        };
        // First what the recovery file held, so opening a file cannot remove it; its
        // message last, so it is the one shown.
        let problem = app.found_recovery(found);
        if let Some(path) = open {
            app.apply(&cc.egui_ctx, Command::OpenPath(path));
        }
        if let Some(problem) = problem {
            app.error(&problem);
        }
        app
    }

    /// Takes in what the recovery file held at start: work to offer back, or a file that
    /// could not be read, for which it returns what to tell the user (the file is kept,
    /// never overwritten).
    fn found_recovery(&mut self, found: Found) -> Option<String> {
        let lang = self.lang();
        match found {
            Found::Nothing => None,
            Found::Work(assessment) => {
                self.recovered = Some(*assessment);
                None
            }
            Found::Unreadable {
                kept_as: Some(kept),
                problem,
            } => {
                let name = kept.file_name().map_or_else(
                    || kept.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                let folder = kept
                    .parent()
                    .map_or_else(String::new, |f| f.display().to_string());
                Some(match lang {
                    Lang::Nl => format!(
                        "Na een onderbreking was er werk bewaard, maar dat herstelbestand is beschadigd ({}). Het staat nu apart als {name} in de map {folder}. Open het met een teksteditor om te zien wat er nog in staat.",
                        problem.reason(lang)
                    ),
                    Lang::En => format!(
                        "Work was kept after an interruption, but that recovery file is damaged ({}). It is now kept apart as {name} in the folder {folder}. Open it in a text editor to see what it still holds.",
                        problem.reason(lang)
                    ),
                })
            }
            Found::Unreadable {
                kept_as: None,
                problem,
            } => Some(match lang {
                Lang::Nl => format!(
                    "Het herstelbestand is beschadigd ({}) en kon niet apart worden gezet. Het blijft staan, maar daarom wordt er deze keer geen herstelbestand bijgehouden. Sla uw werk zelf op.",
                    problem.reason(lang)
                ),
                Lang::En => format!(
                    "The recovery file is damaged ({}) and could not be set aside. It stays where it is, so no recovery file is kept this time. Please save your work yourself.",
                    problem.reason(lang)
                ),
            }),
        }
    }

    /// The language of the window.
    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    /// The open document, if any.
    pub fn document(&self) -> Option<&Document> {
        self.doc.as_ref()
    }

    /// The screen shown.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// Whether the projector window is open.
    pub fn projector_open(&self) -> bool {
        self.projector
    }

    /// The message banner, if any.
    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    fn title(&self) -> String {
        match &self.doc {
            Some(doc) => format!(
                "{}{} — {}",
                if doc.is_dirty() { "*" } else { "" },
                doc.display_name(self.lang()),
                crate::ui::text::APP
            ),
            None => crate::ui::text::APP.to_owned(),
        }
    }

    fn frame_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let ctx = ui.ctx().clone();
        let lang = self.lang();
        commands.extend(chrome::shortcuts(&ctx, self.doc.is_some()));
        commands.extend(chrome::dropped_file(&ctx));
        if ctx.input(|i| i.viewport().close_requested())
            && !matches!(self.leaving, Leaving::Closing)
            && self.doc.as_ref().is_some_and(Document::is_dirty)
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.leaving = Leaving::Asking(Command::Quit);
        }
        let chrome_ctx = chrome::Chrome {
            lang: self.lang(),
            settings: &self.settings,
            doc: self.doc.as_ref(),
            screen: self.screen,
            framework: &self.framework,
        };
        commands.extend(chrome::top_bar(ui, &chrome_ctx));
        commands.extend(chrome::message_banner(
            ui,
            self.message.as_ref(),
            self.lang(),
        ));
        let comparison_open = self.state.compare.is_some();
        commands.extend(screens::show(
            ui,
            &mut self.state,
            &screens::Context {
                framework: &self.framework,
                doc: self.doc.as_ref(),
                lang,
                screen: self.screen,
                recent: &self.settings.recent,
                dialogs_pending: self.dialog.is_some(),
                comparison_open,
            },
        ));
        commands.extend(self.dialogs_ui(&ctx));
        commands.extend(self.projector_ui(&ctx));
        commands
    }

    /// The workshop's presenter view in a second window (on the projector), without the
    /// facilitator's controls. Closing that window turns it off.
    fn projector_ui(&self, ctx: &egui::Context) -> Option<Command> {
        let doc = self
            .doc
            .as_ref()
            .filter(|_| self.projector && self.screen == Screen::Workshop)?;
        let lang = self.lang();
        let title = format!(
            "{} — {}",
            lang.pick("Projectie", "Projector"),
            doc.display_name(lang)
        );
        ctx.show_viewport_immediate(
            egui::ViewportId::from_hash_of("routekaart-projector"),
            egui::ViewportBuilder::default()
                .with_title(title)
                // 1280×800 pixels whatever the text size: the size is given in points,
                // which the zoom enlarges.
                .with_inner_size(egui::vec2(1280.0, 800.0) / ctx.zoom_factor()),
            |ui, _class| {
                egui::CentralPanel::default().show(ui, |ui| {
                    self.state
                        .workshop
                        .projector_ui(ui, &self.framework, doc.assessment(), lang);
                });
                ui.ctx()
                    .input(|i| i.viewport().close_requested())
                    .then_some(Command::ToggleProjector)
            },
        )
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if let Some(start) = self.config.startup_probe
            && self.frames == 1
        {
            crate::ui::report_startup(start.elapsed());
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            self.leaving = Leaving::Closing;
        }
        let zoom = self.settings.zoom();
        if (zoom - self.applied_zoom).abs() > f32::EPSILON {
            ctx.set_zoom_factor(zoom);
            self.applied_zoom = zoom;
        }
        let mut commands: Vec<Command> = self.queued.take().into_iter().collect();
        commands.extend(self.poll_dialog());
        commands.extend(self.frame_ui(ui));
        for command in commands {
            self.apply(&ctx, command);
        }
        self.recovery_failures();
        // Every viewport command requests a repaint: send the title only when it changes,
        // so an idle window stays idle.
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
        self.frames += 1;
        if self.config.frame_log {
            crate::ui::log_frame(self.frames);
        }
        if self.config.startup_probe.is_some() && self.frames == 1 {
            // The next frame starts once this one is painted and shown.
            ctx.request_repaint();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.settings.store(storage);
    }
}
