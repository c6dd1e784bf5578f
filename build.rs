//! Build script: on Windows (the GNU toolchain, as cross-built here with MinGW-w64) the program
//! gets its icon, version information and manifest as Windows resources. Other targets need
//! nothing.
//!
//! The resource script is written from `Cargo.toml`'s version and compiled with the
//! toolchain's `windres` (override with `WINDRES`); the object is linked into the binaries.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo::rerun-if-changed=assets/icon/routekaart.ico");
    println!("cargo::rerun-if-changed=assets/windows/routekaart.exe.manifest");
    println!("cargo::rerun-if-env-changed=WINDRES");
    if env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    if env::var("CARGO_CFG_TARGET_ENV").as_deref() != Ok("gnu") {
        println!(
            "cargo::warning=only the GNU toolchain embeds the icon and version information; this build has neither"
        );
        return;
    }
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo"));
    let version = env::var("CARGO_PKG_VERSION").expect("set by cargo");
    let numeric = numeric_version(&version);

    let manifest =
        std::fs::read_to_string(manifest_dir.join("assets/windows/routekaart.exe.manifest"))
            .expect("the manifest is in assets/windows")
            .replace("@VERSION@", &numeric.join("."));
    let manifest_path = out_dir.join("routekaart.exe.manifest");
    std::fs::write(&manifest_path, manifest).expect("OUT_DIR is writable");

    let script = resource_script(
        &manifest_dir.join("assets/icon/routekaart.ico"),
        &manifest_path,
        &version,
        &numeric,
    );
    let rc = out_dir.join("routekaart.rc");
    std::fs::write(&rc, script).expect("OUT_DIR is writable");

    let object = out_dir.join("routekaart-resources.o");
    let windres = env::var("WINDRES").unwrap_or_else(|_| windres_for_target());
    let status = Command::new(&windres)
        .arg("--input-format=rc")
        .arg("--output-format=coff")
        .arg("-c")
        .arg("65001")
        .arg("-i")
        .arg(&rc)
        .arg("-o")
        .arg(&object)
        .status()
        .unwrap_or_else(|err| panic!("cannot run {windres} (package binutils-mingw-w64): {err}"));
    assert!(status.success(), "{windres} failed on {}", rc.display());
    println!("cargo::rustc-link-arg-bins={}", object.display());
}

/// `windres` of the MinGW-w64 toolchain for the target being built.
fn windres_for_target() -> String {
    let arch = env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_else(|_| "x86_64".to_owned());
    if cfg!(windows) {
        "windres".to_owned()
    } else {
        format!("{arch}-w64-mingw32-windres")
    }
}

/// `0.1.0` → `["0", "1", "0", "0"]` (Windows versions have four numbers; a pre-release
/// suffix is dropped).
fn numeric_version(version: &str) -> Vec<String> {
    let mut parts: Vec<String> = version
        .split(['.', '-', '+'])
        .take(3)
        .map(|part| part.parse::<u16>().unwrap_or(0).to_string())
        .collect();
    parts.resize(4, "0".to_owned());
    parts
}

/// A path as a resource-script string: forward slashes, quotes escaped.
fn rc_path(path: &Path) -> String {
    path.display()
        .to_string()
        .replace('\\', "/")
        .replace('"', "\"\"")
}

/// The resource script: icon 1 (Explorer and the taskbar take the first icon), the manifest,
/// and the version block Explorer shows under Properties → Details.
fn resource_script(icon: &Path, manifest: &Path, version: &str, numeric: &[String]) -> String {
    let commas = numeric.join(",");
    format!(
        r#"#pragma code_page(65001)
1 ICON "{icon}"
1 24 "{manifest}"
1 VERSIONINFO
FILEVERSION {commas}
PRODUCTVERSION {commas}
FILEFLAGSMASK 0x3f
FILEFLAGS 0x0
FILEOS 0x40004
FILETYPE 0x1
FILESUBTYPE 0x0
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "041304B0"
    BEGIN
      VALUE "CompanyName", "Routekaart"
      VALUE "FileDescription", "Routekaart"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "routekaart"
      VALUE "LegalCopyright", "EUPL-1.2"
      VALUE "OriginalFilename", "routekaart.exe"
      VALUE "ProductName", "Routekaart"
      VALUE "ProductVersion", "{version}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x0413, 1200
  END
END
"#,
        icon = rc_path(icon),
        manifest = rc_path(manifest),
    )
}
