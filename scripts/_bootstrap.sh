# shellcheck shell=bash
# Shared set-up for scripts/run and scripts/test (sourced, not executed).
#
#   sd_apt_ensure PKG...   install missing Debian/Ubuntu packages (root), or print the sudo
#                          command (not root); checks with dpkg first, so repeat runs need no
#                          network and take milliseconds.
#   sd_venv                create .venv (python3 -m venv) if absent and `pip install -e .[test,build]`
#                          when pyproject.toml changed since the last successful install.
#
# Environment knobs:
#   PYTHON=/path/to/python3.11   interpreter used to create .venv (default: first python3,
#                                python3.13, python3.12, python3.11 on PATH that is >= 3.11)
#   SQUADDESK_SKIP_APT=1         never touch system packages (machines set up by hand)

SD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SD_VENV="$SD_ROOT/.venv"
SD_STAMP="$SD_VENV/.squaddesk-install-stamp"
# Bump when the install procedure below changes, so existing venvs get reinstalled.
SD_BOOTSTRAP_VERSION=1

# The package lists are used by the scripts that source this file.
# shellcheck disable=SC2034
# Qt runtime libraries the PySide6 wheels need on a clean Debian/Ubuntu (found with ldd).
SD_QT_APT_PACKAGES=(
    libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libx11-6 libx11-xcb1
    libxkbcommon0 libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0
    libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxcb-glx0 libcups2
)
# shellcheck disable=SC2034
SD_BASE_APT_PACKAGES=(python3-venv)
# PyInstaller (build/build.py, tests/test_packaging.py) needs objdump on Linux.
# shellcheck disable=SC2034
SD_BUILD_APT_PACKAGES=(binutils)
# xvfb-run needs xauth (only a Recommends of xvfb).
# shellcheck disable=SC2034
SD_XVFB_APT_PACKAGES=(xvfb xauth)

sd_log() { printf '[squaddesk] %s\n' "$*" >&2; }
sd_die() { sd_log "ERROR: $*"; exit 1; }

# Print those of the given packages that are not installed. A package also counts as
# installed under its Ubuntu 24.04 "t64" name (libglib2.0-0 -> libglib2.0-0t64). One dpkg-query
# call for all of them, so the check costs a few milliseconds.
sd_missing_packages() {
    local -A installed=()
    local name status p
    while read -r name status; do
        [[ $status == installed ]] && installed[${name%%:*}]=1
    done < <(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "$@" "${@/%/t64}" 2>/dev/null || true)
    for p in "$@"; do
        [[ -n ${installed[$p]:-} || -n ${installed[${p}t64]:-} ]] || printf '%s\n' "$p"
    done
}

sd_apt_ensure() {
    if [[ ${SQUADDESK_SKIP_APT:-0} == 1 ]]; then
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1; then
        sd_log "not a Debian/Ubuntu system: make sure these (or your distribution's" \
            "equivalents) are installed: $*"
        return 0
    fi
    local missing=()
    mapfile -t missing < <(sd_missing_packages "$@")
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    if [[ $(id -u) -ne 0 ]]; then
        sd_log "missing system packages: ${missing[*]}"
        sd_log "install them with:"
        printf '    sudo apt-get install -y %s\n' "${missing[*]}" >&2
        sd_log "continuing without them (set SQUADDESK_SKIP_APT=1 to silence this check)."
        return 0
    fi
    sd_log "installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    local apt_opts=(-q -o DPkg::Lock::Timeout=300)
    apt-get "${apt_opts[@]}" update </dev/null ||
        sd_die "apt-get update failed"
    apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}" </dev/null ||
        sd_die "apt-get install failed for: ${missing[*]}"
}

# True when no X11/Wayland display is available to this process.
sd_no_display() {
    [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]
}

sd_find_python() {
    if [[ -n ${PYTHON:-} ]]; then
        printf '%s\n' "$PYTHON"
        return 0
    fi
    local c
    for c in python3 python3.13 python3.12 python3.11; do
        if command -v "$c" >/dev/null 2>&1 &&
            "$c" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$c"
            return 0
        fi
    done
    return 1
}

# Serialise venv set-up between concurrent runs of the scripts in the same checkout.
sd_lock_venv() {
    command -v flock >/dev/null 2>&1 || return 0
    local key
    key=$(printf '%s' "$SD_ROOT" | cksum | cut -d' ' -f1)
    exec {SD_LOCK_FD}>"${TMPDIR:-/tmp}/squaddesk-venv-$key.lock"
    flock "$SD_LOCK_FD"
}

sd_unlock_venv() {
    if [[ -n ${SD_LOCK_FD:-} ]]; then
        exec {SD_LOCK_FD}>&-
        unset SD_LOCK_FD
    fi
}

sd_venv() {
    sd_lock_venv
    if [[ -e $SD_VENV ]] && ! "$SD_VENV/bin/python" -c '' >/dev/null 2>&1; then
        sd_log "$SD_VENV is broken (its Python does not start): recreating it"
        rm -rf -- "$SD_VENV"
    fi
    if [[ ! -e $SD_VENV ]]; then
        local py
        py=$(sd_find_python) ||
            sd_die "Python >= 3.11 not found; install it or set PYTHON=/path/to/python3.11"
        sd_log "creating $SD_VENV with $py"
        if ! "$py" -m venv "$SD_VENV"; then
            rm -rf -- "$SD_VENV"
            sd_die "'$py -m venv' failed; on Debian/Ubuntu: sudo apt-get install -y python3-venv"
        fi
    fi
    local want
    want="v$SD_BOOTSTRAP_VERSION $(sha256sum "$SD_ROOT/pyproject.toml" | cut -d' ' -f1) $(
        "$SD_VENV/bin/python" -c 'import sys; print(sys.version.split()[0])')"
    if [[ -f $SD_STAMP && $(<"$SD_STAMP") == "$want" ]]; then
        sd_unlock_venv
        return 0
    fi
    sd_log "installing SquadDesk and its test and build dependencies into $SD_VENV"
    rm -f -- "$SD_STAMP"
    "$SD_VENV/bin/python" -m pip install --disable-pip-version-check -e "${SD_ROOT}[test,build]" \
        </dev/null || sd_die "pip install -e '.[test,build]' failed"
    printf '%s\n' "$want" >"$SD_STAMP"
    sd_unlock_venv
}
