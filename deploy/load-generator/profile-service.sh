#!/usr/bin/env bash
# CPU profile of one running service of the local suite with async-profiler (tools.profiler:async-profiler
# from Maven Central, loaded into the JVM through the JDK's attach API), while you run a load beside it.
# Writes collapsed stacks and prints the methods with the largest inclusive share of the samples.
#   deploy/load-generator/profile-service.sh indicator-service 20 [MATCH...]
# MATCH: substrings of frames to list (default: vn/dti); e.g. vn/dti jose4j jackson Compile
set -euo pipefail
cd "$(dirname "$0")/../.."
service=${1:?service module, e.g. indicator-service}; seconds=${2:-20}; shift $(($# >= 2 ? 2 : $#))
version=4.1
pid=$(pgrep -f "$service/target/quarkus-app/quarkus-run.jar" | head -1) || { echo "$service is not running" >&2; exit 1; }
jar=~/.m2/repository/tools/profiler/async-profiler/$version/async-profiler-$version.jar
[[ -f $jar ]] || ./mvnw -B -q -ntp dependency:get -Dartifact=tools.profiler:async-profiler:$version
work=deploy/local/.run/profile; mkdir -p "$work"
(cd "$work" && unzip -o -q "$jar" 'linux-x64/*')
lib=$PWD/$work/linux-x64/libasyncProfiler.so
cat >"$work/Attach.java" <<'JAVA'
public class Attach {
    public static void main(String[] a) throws Exception {
        var vm = com.sun.tools.attach.VirtualMachine.attach(a[0]);
        vm.loadAgentPath(a[1], a[2]);
        vm.detach();
    }
}
JAVA
out=$PWD/$work/$service-$(date -u +%Y%m%dT%H%M%S).collapsed
# itimer: works where perf events are not allowed (containers); 1 ms between samples
java "$work/Attach.java" "$pid" "$lib" "start,event=itimer,interval=1ms"
sleep "$seconds"
java "$work/Attach.java" "$pid" "$lib" "stop,file=$out,collapsed"
python3 - "$out" "${@:-vn/dti}" <<'PY'
import collections, sys
total = 0; inclusive = collections.Counter(); own = collections.Counter()
for line in open(sys.argv[1]):
    stack, n = line.rsplit(' ', 1); n = int(n); total += n
    frames = stack.split(';'); own[frames[-1]] += n
    for f in set(frames): inclusive[f] += n
print(f"{total} samples; top frames by own time:")
for k, c in own.most_common(15): print(f"  {100 * c / total:5.1f} %  {k[:140]}")
print("inclusive, frames matching", sys.argv[2:])
for k, c in inclusive.most_common():
    if any(m in k for m in sys.argv[2:]) and c / total >= 0.01: print(f"  {100 * c / total:5.1f} %  {k[:140]}")
PY
echo "collapsed stacks: $out"
