#!/usr/bin/env bash
# make-videos.sh — render simple narrated "slide" videos from the WebVTT captions.
#
# For every public/media/<name>.vtt this writes public/media/<name>.mp4:
#   * video: 640x360 H.264 (libx264, yuv420p, +faststart), dark-purple (#3b2773)
#     background, the video title at the top and each cue's text centred on
#     screen for exactly the cue's time span;
#   * audio: AAC mono Swedish narration of each cue (espeak-ng -v sv -s 150),
#     placed at the cue's start time; total length = end of the last cue.
# The .vtt files stay the accessible text track; the mp4s are derived output
# and can be regenerated at any time (the script is idempotent).
#
# Requires Debian's ffmpeg, espeak-ng and fonts-dejavu-core:
#   apt-get install -y ffmpeg espeak-ng fonts-dejavu-core
# Usage (from the repo root):  bash tools/make-videos.sh
set -euo pipefail

export LC_ALL=C.UTF-8 # so ${#str} counts characters, not bytes (å, ä, ö)

MEDIA_DIR="public/media"
FONT="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD="/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
W=640 H=360 FPS=10
BG="0x3b2773"
CUE_SIZE=30 CUE_WRAP=30      # cue text: font size (px) and max characters per line
TITLE_SIZE=20 TITLE_WRAP=50  # title: font size (px) and max characters per line
MAX_TEMPO="1.3"              # speed narration up at most this much to fit a cue

# Proper Swedish titles (file names have no å/ä/ö). Files not listed here get
# a title derived from the file name.
declare -A TITLES=(
  [intro-jamstalldhetsintegrering]="Introduktion till jämställdhetsintegrering"
  [konsstereotyper-bilder]="Könsstereotyper i bilder"
  [chefen-som-forebild]="Chefen som förebild"
  [larande-exempel]="Lärande exempel"
)

for tool in ffmpeg ffprobe espeak-ng; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y ffmpeg espeak-ng fonts-dejavu-core" >&2; exit 1; }
done
[[ -f $FONT && -f $FONT_BOLD ]] || { echo "missing DejaVu fonts: apt-get install -y fonts-dejavu-core" >&2; exit 1; }
[[ -d $MEDIA_DIR ]] || { echo "run from the repo root (no $MEDIA_DIR here)" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# "HH:MM:SS.mmm" or "MM:SS.mmm" -> integer milliseconds
ts_to_ms() {
  local t=$1 h=0 m s ms
  ms=${t##*.}; t=${t%.*}
  IFS=: read -r -a parts <<<"$t"
  if ((${#parts[@]} == 3)); then h=${parts[0]}; m=${parts[1]}; s=${parts[2]}
  else m=${parts[0]}; s=${parts[1]}; fi
  echo $(( (10#$h * 3600 + 10#$m * 60 + 10#$s) * 1000 + 10#$ms ))
}

ms_to_s() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }

# word-wrap $1 to lines of at most $2 characters; prints one line per output line
wrap() {
  local width=$2 line="" word
  local -a words
  read -r -a words <<<"$1" # split on whitespace without glob expansion ("för?")
  for word in "${words[@]}"; do
    if [[ -z $line ]]; then line=$word
    elif (( ${#line} + 1 + ${#word} <= width )); then line+=" $word"
    else printf '%s\n' "$line"; line=$word; fi
  done
  [[ -n $line ]] && printf '%s\n' "$line"
  return 0
}

# append drawtext filters for a centred block of lines to the filter script.
#   $1 file prefix, $2 text, $3 wrap width, $4 font, $5 font size,
#   $6 vertical centre (px), $7 enable expression ("" = always)
add_text_block() {
  local prefix=$1 text=$2 width=$3 font=$4 size=$5 centre=$6 enable=$7
  local -a lines; mapfile -t lines < <(wrap "$text" "$width")
  # balance: narrowest width that still gives the same number of lines
  local -a try; local nlines=${#lines[@]}
  while ((width > 8)); do
    mapfile -t try < <(wrap "$text" $((width - 1)))
    ((${#try[@]} == nlines)) || break
    lines=("${try[@]}"); width=$((width - 1))
  done
  local n=${#lines[@]} lh=$(( size * 135 / 100 )) i y f
  local top=$(( centre - n * lh / 2 ))
  for ((i = 0; i < n; i++)); do
    f="$WORK/${prefix}_$i.txt"
    printf '%s' "${lines[i]}" >"$f"
    y=$(( top + i * lh + (lh - size) / 2 ))
    printf ",drawtext=fontfile=%s:textfile=%s:expansion=none:fontsize=%d:fontcolor=white:x=(w-text_w)/2:y=%d" \
      "$font" "$f" "$size" "$y" >>"$FILTER"
    [[ -n $enable ]] && printf ":enable='%s'" "$enable" >>"$FILTER"
  done
  return 0
}

shopt -s nullglob
vtts=("$MEDIA_DIR"/*.vtt)
((${#vtts[@]})) || { echo "no .vtt files in $MEDIA_DIR" >&2; exit 1; }

for vtt in "${vtts[@]}"; do
  name=$(basename "$vtt" .vtt)
  out="$MEDIA_DIR/$name.mp4"
  rm -rf "${WORK:?}"/*
  FILTER="$WORK/video.filter"

  # ---- parse cues: starts[], ends[] (ms), texts[] (lines joined by spaces) ----
  starts=() ends=() texts=()
  cur="" in_cue=0
  while IFS= read -r line || [[ -n $line ]]; do
    line=${line%$'\r'}
    if [[ $line =~ ^[[:space:]]*(([0-9]+:)?[0-9]{2}:[0-9]{2}\.[0-9]{3})[[:space:]]+--\>[[:space:]]+(([0-9]+:)?[0-9]{2}:[0-9]{2}\.[0-9]{3}) ]]; then
      starts+=("$(ts_to_ms "${BASH_REMATCH[1]}")")
      ends+=("$(ts_to_ms "${BASH_REMATCH[3]}")")
      cur="" in_cue=1
    elif [[ -z $line ]]; then
      ((in_cue)) && texts+=("$cur")
      in_cue=0
    elif ((in_cue)); then
      line=$(sed -E 's/<[^>]*>//g' <<<"$line") # drop WebVTT tags like <v Name>, <i>
      cur=${cur:+$cur }$line
    fi
  done <"$vtt"
  ((in_cue)) && texts+=("$cur")
  n=${#starts[@]}
  ((n > 0 && ${#texts[@]} == n)) || { echo "$vtt: could not parse cues" >&2; exit 1; }

  total_ms=${ends[n-1]}
  total=$(ms_to_s "$total_ms")

  title=${TITLES[$name]:-}
  if [[ -z $title ]]; then title=${name//-/ }; title=${title^}; fi
  echo "==> $out  ($n cues, ${total}s)  \"$title\""

  # ---- video filter: background + title + one text block per cue ----
  printf 'color=c=%s:s=%dx%d:r=%d:d=%s' "$BG" "$W" "$H" "$FPS" "$total" >"$FILTER"
  add_text_block title "$title" "$TITLE_WRAP" "$FONT_BOLD" "$TITLE_SIZE" 34 ""
  printf ",drawbox=x=40:y=62:w=%d:h=2:color=white@0.35:t=fill" $((W - 80)) >>"$FILTER"
  for ((i = 0; i < n; i++)); do
    # last cue stays up until the very end; others hide at their end time
    if ((i == n - 1)); then en="gte(t,$(ms_to_s "${starts[i]}"))"
    else en="between(t,$(ms_to_s "${starts[i]}"),$(ms_to_s "$((ends[i] - 1))"))"; fi
    add_text_block "cue$i" "${texts[i]}" "$CUE_WRAP" "$FONT" "$CUE_SIZE" 205 "$en"
  done
  printf ',format=yuv420p[v]' >>"$FILTER"

  # ---- audio: narrate each cue, fit to span (atempo <= MAX_TEMPO), delay to start ----
  audio_inputs=() afilter=""
  for ((i = 0; i < n; i++)); do
    wav="$WORK/cue$i.wav"
    espeak-ng -v sv -s 150 -w "$wav" "${texts[i]}"
    speech_ms=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$wav" | awk '{printf "%d", $1 * 1000}')
    span_ms=$((ends[i] - starts[i]))
    tempo=$(awk -v s="$speech_ms" -v p="$span_ms" -v m="$MAX_TEMPO" \
      'BEGIN { t = (p > 300) ? s / (p - 150) : 1; if (t < 1) t = 1; if (t > m) t = m; printf "%.3f", t }')
    audio_inputs+=(-i "$wav")
    afilter+="[$i:a]atempo=$tempo,adelay=${starts[i]}:all=1[a$i];"
    fitted=$(awk -v s="$speech_ms" -v t="$tempo" 'BEGIN { printf "%d", s / t }')
    note=""; ((fitted > span_ms)) && note="  (overlaps next cue by $((fitted - span_ms)) ms)"
    printf '    cue %2d  %5s-%5ss  speech %5d ms  tempo %s%s\n' "$((i + 1))" \
      "$(ms_to_s "${starts[i]}")" "$(ms_to_s "${ends[i]}")" "$speech_ms" "$tempo" "$note"
  done
  for ((i = 0; i < n; i++)); do afilter+="[a$i]"; done
  afilter+="amix=inputs=$n:normalize=0:dropout_transition=0,apad,atrim=0:$total[a]"
  printf '%s' "$afilter" >"$WORK/audio.filter"

  # ---- encode (write to a temp file, then move into place) ----
  tmp_out="$WORK/out.mp4"
  ffmpeg -nostdin -hide_banner -loglevel error -y \
    "${audio_inputs[@]}" \
    -filter_complex_script "$FILTER" \
    -filter_complex_script "$WORK/audio.filter" \
    -map '[v]' -map '[a]' \
    -c:v libx264 -preset slow -crf 30 -tune stillimage -pix_fmt yuv420p -r "$FPS" \
    -c:a aac -b:a 64k -ac 1 -ar 22050 \
    -t "$total" -movflags +faststart -map_metadata -1 -fflags +bitexact \
    -flags:v +bitexact -flags:a +bitexact \
    "$tmp_out"
  mv -f "$tmp_out" "$out"
  printf '    wrote %s (%s bytes)\n' "$out" "$(stat -c %s "$out")"
done
