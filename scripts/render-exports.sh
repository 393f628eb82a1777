#!/usr/bin/env bash
# Renders exported Office files (.docx, .pptx, .xlsx) to PNG pages, to look at what a user sees.
# Needs LibreOffice and poppler (Debian: apt-get install -y --no-install-recommends
# libreoffice-writer-nogui libreoffice-impress-nogui libreoffice-calc-nogui poppler-utils).
#
#   scripts/render-exports.sh [-o OUTDIR] [-r DPI] FILE...
#
# For each FILE it writes OUTDIR/<name>.pdf and OUTDIR/<name>-<page>.png and prints the PNG paths.
set -euo pipefail

out_dir=""
dpi=50
while getopts "o:r:h" opt; do
  case "$opt" in
    o) out_dir="$OPTARG" ;;
    r) dpi="$OPTARG" ;;
    h | *)
      sed -n '2,8p' "$0"
      exit 2
      ;;
  esac
done
shift $((OPTIND - 1))

if [ "$#" -eq 0 ]; then
  echo "Gebruik: $0 [-o MAP] [-r DPI] BESTAND..." >&2
  exit 2
fi
for tool in soffice pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool ontbreekt: apt-get install -y --no-install-recommends libreoffice-impress-nogui libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils" >&2
    exit 1
  fi
done

if [ -z "$out_dir" ]; then out_dir="$(mktemp -d "${TMPDIR:-/tmp}/render-exports.XXXXXX")"; fi
mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"

# A private LibreOffice profile: a running LibreOffice or a locked profile would block the
# headless conversion, and a first-start dialog has nowhere to go.
profile="$(mktemp -d "${TMPDIR:-/tmp}/render-exports-profile.XXXXXX")"
trap 'rm -rf "$profile"' EXIT

status=0
for file in "$@"; do
  case "$file" in
    *.docx | *.pptx | *.xlsx) ;;
    *)
      echo "overgeslagen (geen .docx/.pptx/.xlsx): $file" >&2
      status=1
      continue
      ;;
  esac
  if [ ! -f "$file" ]; then
    echo "bestaat niet: $file" >&2
    status=1
    continue
  fi
  name="$(basename "${file%.*}")"
  if ! soffice "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$out_dir" "$file" >/dev/null 2>&1 \
    || [ ! -s "$out_dir/$name.pdf" ]; then
    echo "omzetten naar pdf mislukt: $file" >&2
    status=1
    continue
  fi
  rm -f "$out_dir/$name"-*.png
  pdftoppm -png -r "$dpi" "$out_dir/$name.pdf" "$out_dir/$name"
  echo "$file → $out_dir/$name.pdf"
  for png in "$out_dir/$name"-*.png; do echo "  $png"; done
done
exit "$status"
