#!/usr/bin/env bash
# portal-timing.sh: how long the portal's pages take on the server, for a signed-in person of the local suite.
# Signs in through Keycloak's own login form (curl, a cookie jar), then asks each page N times and prints
# min / median / p90 / max of curl's time_total (the request on 127.0.0.1: the portal's own work plus the
# API calls it makes for the page). The local suite must be running with the demo (deploy/local/up.sh).
#   deploy/load-generator/portal-timing.sh [N]            (N = 50 by default)
# DTI_LOCAL_PORT_OFFSET moves the ports as for up.sh.
set -euo pipefail
n=${1:-50}
offset=${DTI_LOCAL_PORT_OFFSET:-0}
portal="http://127.0.0.1:$((8083 + offset))/portal"
jar_dir=$(mktemp -d)
trap 'rm -rf "$jar_dir"' EXIT

# sign_in USER URL: follows the code flow to Keycloak's form, posts the demo password, lands on URL
sign_in() {
  local user=$1 url=$2 jar=$jar_dir/$1 form action
  form=$(curl -s -c "$jar" -b "$jar" -L "$url")
  action=$(printf '%s' "$form" | grep -o 'action="[^"]*"' | head -n 1 | sed 's/^action="//; s/"$//; s/&amp;/\&/g')
  [[ -n $action ]] || { echo "no login form for $user at $url" >&2; exit 1; }
  local code
  code=$(curl -s -c "$jar" -b "$jar" -L -o /dev/null -w '%{http_code}' \
    --data-urlencode "username=$user" --data-urlencode "password=demo-$user" "$action")
  [[ $code == 200 ]] || { echo "sign-in of $user ended with HTTP $code" >&2; exit 1; }
}

# time_page USER PATH: N requests, one line of figures in milliseconds
time_page() {
  local user=$1 path=$2 jar=$jar_dir/$1 status
  status=$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$portal$path")
  [[ $status == 200 ]] || { echo "$path as $user: HTTP $status" >&2; exit 1; }
  for ((i = 0; i < n; i++)); do
    curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "$portal$path"
  done | sort -n | awk -v user="$user" -v path="$path" '
    { t[NR] = $1 * 1000 }
    END { printf "%-10s %-45s n=%d  min %6.1f  median %6.1f  p90 %6.1f  max %6.1f ms\n",
          user, path, NR, t[1], t[int((NR + 1) / 2)], t[int(NR * 0.9 + 0.5)], t[NR] }'
}

sign_in committee "$portal/"
sign_in officer-48 "$portal/"
sign_in reviewer "$portal/"
time_page committee /
time_page committee /standings/DTI-PROVINCE/2024
time_page committee "/standings/DTI-PROVINCE/2024?compare=2023"
time_page committee "/standings/DTI-PROVINCE/2024?official=true"
time_page committee "/units/48?fw=DTI-PROVINCE&period=2024"
time_page committee /releases
time_page committee /briefs
time_page officer-48 /todo
time_page reviewer /reviews/DTI-PROVINCE/2024
