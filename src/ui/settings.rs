//! Preferences kept in eframe's storage: language, theme, text scale and recent files.
//!
//! Never assessment data: answers live only in the user's own files and the recovery file.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::domain::Lang;

/// The storage key.
const KEY: &str = "routekaart.settings";
/// How many recent files are remembered.
const RECENT_MAX: usize = 8;

/// The user's preferences.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Language of all text.
    pub lang: Lang,
    /// Dark theme.
    pub dark: bool,
    /// Text scale in percent, 100–200 (for a projector).
    pub scale: u16,
    /// Recently opened or saved files, newest first.
    pub recent: Vec<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            lang: Lang::Nl,
            dark: false,
            scale: 100,
            recent: Vec::new(),
        }
    }
}

impl Settings {
    /// The smallest text scale.
    pub const SCALE_MIN: u16 = 100;
    /// The largest text scale.
    pub const SCALE_MAX: u16 = 200;

    /// Reads the settings from storage; defaults when absent or unreadable.
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Self {
        let mut settings: Self = storage
            .and_then(|s| eframe::get_value(s, KEY))
            .unwrap_or_default();
        settings.scale = settings.scale.clamp(Self::SCALE_MIN, Self::SCALE_MAX);
        settings
    }

    /// Writes the settings to storage.
    pub fn store(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, KEY, self);
    }

    /// Puts a file at the top of the recent list.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(RECENT_MAX);
    }

    /// The zoom factor for the text scale.
    pub fn zoom(&self) -> f32 {
        f32::from(self.scale) / 100.0
    }
}
