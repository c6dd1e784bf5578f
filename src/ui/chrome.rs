//! The window's frame around the screens: the top bar (file name, navigation, file actions,
//! language, theme, text scale), the message banner, keyboard shortcuts and dropped files.

use egui::{Key, KeyboardShortcut, Modifiers, RichText};

use crate::domain::assessment::{Form, Mode};
use crate::domain::{Framework, Lang};
use crate::ui::command::{Command, Screen};
use crate::ui::document::Document;
use crate::ui::settings::Settings;
use crate::ui::text::{self, Tr};
use crate::ui::theme;

/// What the top bar shows.
pub struct Chrome<'a> {
    /// The language.
    pub lang: Lang,
    /// The settings.
    pub settings: &'a Settings,
    /// The open document.
    pub doc: Option<&'a Document>,
    /// The current screen.
    pub screen: Screen,
    /// The framework.
    pub framework: &'a Framework,
}

const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
const EXPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);

/// Ctrl+S, Ctrl+O, Ctrl+E.
pub fn shortcuts(ctx: &egui::Context, has_doc: bool) -> Vec<Command> {
    let mut out = Vec::new();
    ctx.input_mut(|i| {
        if i.consume_shortcut(&OPEN) {
            out.push(Command::Open);
        }
        if has_doc && i.consume_shortcut(&SAVE) {
            out.push(Command::Save);
        }
        if has_doc && i.consume_shortcut(&EXPORT) {
            out.push(Command::ExportPdf);
        }
    });
    out
}

/// A `.ron` file dropped on the window.
pub fn dropped_file(ctx: &egui::Context) -> Option<Command> {
    ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .find(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")))
    })
    .map(Command::OpenPath)
}

/// The top bar.
pub fn top_bar(ui: &mut egui::Ui, chrome: &Chrome<'_>) -> Vec<Command> {
    let lang = chrome.lang;
    let mut out = Vec::new();
    egui::Panel::top("top-bar").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            ui.label(RichText::new(text::APP).font(theme::bold_font(18.0)));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                // The controls first, from the right; with large text or a narrow window the
                // display settings fold into one menu, so nothing overlaps.
                if ui.available_width() < WIDE_TOP_BAR {
                    view_menu(ui, chrome.settings, lang, &mut out);
                } else {
                    settings_controls(ui, chrome.settings, lang, &mut out);
                    ui.separator();
                }
                file_menu(ui, chrome.doc.is_some(), lang, &mut out);
                // What is open, in the space left, shortened when it does not fit.
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    open_name(ui, chrome, lang);
                });
            });
        });
        if let Some(doc) = chrome.doc.filter(|_| chrome.screen != Screen::Compare) {
            ui.horizontal_wrapped(|ui| navigation(ui, chrome, doc, &mut out));
        }
        ui.add_space(2.0);
    });
    out
}

/// Below this width (in points, after the title) the display settings go into a menu.
const WIDE_TOP_BAR: f32 = 760.0;

/// The open file's name (with * when unsaved), or "Vergelijking" on the comparison, which
/// is not about that file.
fn open_name(ui: &mut egui::Ui, chrome: &Chrome<'_>, lang: Lang) {
    let muted = theme::current(ui.ctx()).muted;
    if chrome.screen == Screen::Compare {
        ui.add(
            egui::Label::new(RichText::new(lang.pick("Vergelijking", "Comparison")).color(muted))
                .truncate(),
        );
        return;
    }
    let Some(doc) = chrome.doc else {
        return;
    };
    let name = format!(
        "{}{}",
        doc.display_name(lang),
        if doc.is_dirty() { " *" } else { "" }
    );
    ui.add(egui::Label::new(RichText::new(name).color(muted)).truncate())
        .on_hover_text(lang.pick(
            "* betekent: er zijn wijzigingen die nog niet zijn opgeslagen",
            "* means: there are changes that are not saved yet",
        ));
}

/// The display settings in one menu, for large text and narrow windows.
fn view_menu(ui: &mut egui::Ui, settings: &Settings, lang: Lang, out: &mut Vec<Command>) {
    ui.menu_button(lang.pick("Weergave", "View"), |ui| {
        for other in Lang::ALL {
            if ui
                .selectable_label(settings.lang == other, lang_name(other))
                .clicked()
                && settings.lang != other
            {
                out.push(Command::SetLang(other));
            }
        }
        ui.separator();
        if ui.button(dark_toggle(settings, lang)).clicked() {
            out.push(Command::SetDark(!settings.dark));
        }
        ui.separator();
        ui.horizontal(|ui| {
            ui.label(lang.pick("Tekst", "Text"));
            text_size(ui, settings, lang, out, true);
        });
    });
}

/// The language's own name.
fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "Nederlands",
        Lang::En => "English",
    }
}

/// The theme button's caption: the theme it switches to.
fn dark_toggle(settings: &Settings, lang: Lang) -> &'static str {
    if settings.dark {
        lang.pick("Licht", "Light")
    } else {
        lang.pick("Donker", "Dark")
    }
}

fn navigation(ui: &mut egui::Ui, chrome: &Chrome<'_>, doc: &Document, out: &mut Vec<Command>) {
    let lang = chrome.lang;
    let question = match chrome.screen {
        Screen::Questions(i) => i,
        _ => 0,
    };
    let mut tabs: Vec<(Tr, Screen)> = vec![
        (text::NAV_START, Screen::Start),
        (text::NAV_SETUP, Screen::Setup),
        (text::NAV_QUESTIONS, Screen::Questions(question)),
    ];
    if doc.assessment().meta.mode == Mode::Workshop {
        // Private answers in turn, the reveal and consensus: the heart of a workshop.
        tabs.push((text::NAV_WORKSHOP, Screen::Workshop));
    }
    tabs.extend([
        (text::NAV_RESULTS, Screen::Results),
        (text::NAV_PLAN, Screen::Plan),
    ]);
    for (n, (label, screen)) in tabs.into_iter().enumerate() {
        let selected = std::mem::discriminant(&chrome.screen) == std::mem::discriminant(&screen);
        let caption = if n == 0 {
            label.get(lang).to_owned()
        } else {
            format!("{n}. {}", label.get(lang))
        };
        if ui.selectable_label(selected, caption).clicked() && !selected {
            out.push(Command::Navigate(screen));
        }
    }
    let form = doc.assessment().meta.form;
    let total = chrome
        .framework
        .questions_for(form == Form::QuickScan)
        .count();
    ui.separator();
    ui.label(
        RichText::new(format!(
            "{} · {}",
            doc.assessment().meta.mode.name(lang),
            form.name(lang)
        ))
        .color(theme::current(ui.ctx()).muted),
    )
    .on_hover_text(format!(
        "{} {total} {}",
        lang.pick("Deze evaluatie heeft", "This assessment has"),
        lang.pick("vragen.", "questions.")
    ));
}

fn file_menu(ui: &mut egui::Ui, has_doc: bool, lang: Lang, out: &mut Vec<Command>) {
    ui.menu_button(lang.pick("Bestand", "File"), |ui| {
        if ui
            .add(egui::Button::new(text::OPEN.get(lang)).shortcut_text("Ctrl+O"))
            .clicked()
        {
            out.push(Command::Open);
        }
        if ui
            .add_enabled(
                has_doc,
                egui::Button::new(text::SAVE.get(lang)).shortcut_text("Ctrl+S"),
            )
            .clicked()
        {
            out.push(Command::Save);
        }
        if ui
            .add_enabled(has_doc, egui::Button::new(text::SAVE_AS.get(lang)))
            .clicked()
        {
            out.push(Command::SaveAs);
        }
        if ui
            .add_enabled(
                has_doc,
                egui::Button::new(text::EXPORT.get(lang)).shortcut_text("Ctrl+E"),
            )
            .clicked()
        {
            out.push(Command::ExportPdf);
        }
        if ui
            .add_enabled(has_doc, egui::Button::new(text::EXPORT_WORD.get(lang)))
            .clicked()
        {
            out.push(Command::ExportWord);
        }
        if ui
            .add_enabled(has_doc, egui::Button::new(text::EXPORT_PLAN.get(lang)))
            .clicked()
        {
            out.push(Command::ExportPlan);
        }
        ui.separator();
        if ui.button(lang.pick("Afsluiten", "Quit")).clicked() {
            out.push(Command::Quit);
        }
    });
}

fn settings_controls(ui: &mut egui::Ui, settings: &Settings, lang: Lang, out: &mut Vec<Command>) {
    // Right to left: larger, the size, smaller.
    text_size(ui, settings, lang, out, false);
    ui.label(lang.pick("Tekst", "Text"));
    if ui
        .button(dark_toggle(settings, lang))
        .on_hover_text(lang.pick(
            "Wissel tussen licht en donker",
            "Switch between light and dark",
        ))
        .clicked()
    {
        out.push(Command::SetDark(!settings.dark));
    }
    for other in Lang::ALL.into_iter().rev() {
        if ui
            .selectable_label(settings.lang == other, lang_name(other))
            .clicked()
            && settings.lang != other
        {
            out.push(Command::SetLang(other));
        }
    }
}

/// Smaller, the size, larger (`left_to_right`; else in the reverse order, for a right-to-left
/// row). Buttons rather than a slider, because the whole window rescales under the pointer
/// while a slider is dragged.
fn text_size(
    ui: &mut egui::Ui,
    settings: &Settings,
    lang: Lang,
    out: &mut Vec<Command>,
    left_to_right: bool,
) {
    let step = 10;
    let smaller = |ui: &mut egui::Ui, out: &mut Vec<Command>| {
        if ui
            .add_enabled(
                settings.scale > Settings::SCALE_MIN,
                egui::Button::new("A−"),
            )
            .on_hover_text(lang.pick("Tekst kleiner", "Smaller text"))
            .clicked()
        {
            out.push(Command::SetScale(settings.scale.saturating_sub(step)));
        }
    };
    let larger = |ui: &mut egui::Ui, out: &mut Vec<Command>| {
        if ui
            .add_enabled(
                settings.scale < Settings::SCALE_MAX,
                egui::Button::new("A+"),
            )
            .on_hover_text(lang.pick(
                "Tekst groter, bijvoorbeeld voor een beamer",
                "Larger text, for example for a projector",
            ))
            .clicked()
        {
            out.push(Command::SetScale(settings.scale + step));
        }
    };
    if left_to_right {
        smaller(ui, out);
        ui.label(format!("{} %", settings.scale));
        larger(ui, out);
    } else {
        larger(ui, out);
        ui.label(format!("{} %", settings.scale));
        smaller(ui, out);
    }
}

/// How long a piece of information stays before it goes by itself (problems stay until
/// closed).
const INFO_SECONDS: f64 = 8.0;

/// The latest message, floating above the bottom of the window so the page never moves
/// when one comes or goes. Information goes by itself after a few seconds; a problem stays
/// until it is closed.
pub fn message_banner(
    ui: &mut egui::Ui,
    message: Option<&crate::ui::app::Message>,
    lang: Lang,
) -> Option<Command> {
    let message = message?;
    let palette = theme::current(ui.ctx());
    let now = ui.input(|i| i.time);
    let shown_id = egui::Id::unique(("message-shown", message.error, &message.text));
    let shown = ui.data_mut(|d| *d.get_temp_mut_or_insert_with(shown_id, || now));
    if !message.error {
        let left = INFO_SECONDS - (now - shown);
        if left <= 0.0 {
            ui.data_mut(|d| d.remove::<f64>(shown_id));
            return Some(Command::DismissMessage);
        }
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(left));
    }
    let mut out = None;
    let width = (ui.ctx().content_rect().width() - 48.0).clamp(200.0, 760.0);
    egui::Area::new(egui::Id::unique("message"))
        .order(egui::Order::Foreground)
        .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -20.0))
        .show(ui.ctx(), |ui| {
            ui.set_max_width(width);
            egui::Frame::new()
                .fill(if message.error {
                    palette.error_bg
                } else {
                    palette.info_bg
                })
                .stroke(ui.visuals().window_stroke())
                .shadow(ui.visuals().popup_shadow)
                .inner_margin(10.0)
                .corner_radius(6.0)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        let color = if message.error {
                            palette.error
                        } else {
                            ui.visuals().text_color()
                        };
                        if ui
                            .small_button("✕")
                            .on_hover_text(lang.pick("Sluiten", "Close"))
                            .clicked()
                        {
                            out = Some(Command::DismissMessage);
                        }
                        ui.add(egui::Label::new(RichText::new(&message.text).color(color)).wrap());
                    });
                });
        });
    out
}
