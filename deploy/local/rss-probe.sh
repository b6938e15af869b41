#!/usr/bin/env bash
# Samples the resident memory of the local suite's services every second from /proc/<pid>/status:
# VmRSS (resident now) and VmHWM (the peak resident size, "high water mark"). The services are
# found by the pid files of deploy/local/up.sh (the same DTI_LOCAL_PORT_OFFSET / _DB_SUFFIX env).
# Used for the "Memory" figures of docs/performance.md.
#
#   deploy/local/rss-probe.sh [--seconds N] [--reset-peak] [--csv FILE] [NAME ...]
#
#   --seconds N    stop after N seconds (default: until Ctrl-C / SIGTERM)
#   --reset-peak   first reset each process's VmHWM to its current RSS (writes 5 to
#                  /proc/<pid>/clear_refs), so the peak printed is the peak of this window only
#   --csv FILE     also write every sample: epoch_seconds,service,rss_kib,hwm_kib
#   NAME           the services to watch (default: all three)
#
# At the end it prints one line per service: RSS min / mean / max over the samples and VmHWM, in MiB.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

seconds=0
reset_peak=0
csv=""
names=()
while (($#)); do
  case $1 in
    --seconds) seconds=${2:?--seconds needs a number}; shift 2 ;;
    --reset-peak) reset_peak=1; shift ;;
    --csv) csv=${2:?--csv needs a file}; shift 2 ;;
    -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "rss-probe: unknown option $1" ;;
    *) names+=("$1"); shift ;;
  esac
done
[[ $seconds =~ ^[0-9]+$ ]] || die "rss-probe: --seconds must be a whole number"
if ((${#names[@]} == 0)); then
  for line in "${SERVICES[@]}"; do read -r module _ <<<"$line"; names+=("$module"); done
fi

declare -A pid=() min=() max=() sum=() count=() hwm=()
for name in "${names[@]}"; do
  pid[$name]=$(our_pid "$name") || die "rss-probe: $name is not running (deploy/local/up.sh starts it)"
  if ((reset_peak)); then
    echo 5 >"/proc/${pid[$name]}/clear_refs" || die "rss-probe: cannot reset the peak of $name"
  fi
  min[$name]=0 max[$name]=0 sum[$name]=0 count[$name]=0 hwm[$name]=0
done
[[ -n $csv ]] && echo "epoch_seconds,service,rss_kib,hwm_kib" >"$csv"

# status_kib PID FIELD -> the field of /proc/PID/status in KiB (empty once the process is gone)
status_kib() { awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status" 2>/dev/null || true; }

summary() {
  printf '%-18s %8s %8s %8s %8s %8s\n' service samples rss_min rss_mean rss_max peak_hwm
  for name in "${names[@]}"; do
    local n=${count[$name]}
    ((n > 0)) || { printf '%-18s %8s\n' "$name" 0; continue; }
    awk -v s="$name" -v n="$n" -v lo="${min[$name]}" -v sum="${sum[$name]}" -v hi="${max[$name]}" -v hwm="${hwm[$name]}" \
      'BEGIN { printf "%-18s %8d %8.0f %8.0f %8.0f %8.0f\n", s, n, lo / 1024, sum / n / 1024, hi / 1024, hwm / 1024 }'
  done
  echo "(MiB; rss_* over the 1-second samples, peak_hwm = VmHWM at the last sample)"
}
trap 'summary; exit 0' INT TERM

start=$SECONDS
while ((seconds == 0 || SECONDS - start < seconds)); do
  now=$(date +%s)
  for name in "${names[@]}"; do
    rss=$(status_kib "${pid[$name]}" VmRSS)
    peak=$(status_kib "${pid[$name]}" VmHWM)
    [[ -n $rss && -n $peak ]] || die "rss-probe: $name (pid ${pid[$name]}) has exited"
    ((count[$name] == 0 || rss < min[$name])) && min[$name]=$rss
    ((rss > max[$name])) && max[$name]=$rss
    sum[$name]=$((sum[$name] + rss))
    count[$name]=$((count[$name] + 1))
    hwm[$name]=$peak
    [[ -n $csv ]] && echo "$now,$name,$rss,$peak" >>"$csv"
  done
  sleep 1
done
summary
