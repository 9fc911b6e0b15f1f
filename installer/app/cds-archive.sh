#!/bin/sh
# Makes the AppCDS archive that this app-image's launcher names (-XX:SharedArchiveFile in its .cfg),
# from the class list beside it (built by installer/build.sh from real starts), for the class path
# the launcher really uses. JDK 17 ties an archive to that exact class path and to the jars'
# timestamps, so it is made where the app is installed: the .deb's postinst runs this; run it by
# hand after moving an app-image. Without the archive the app still starts, only slower.
#   lib/app/cds-archive.sh          make (or remake) the archive
#   lib/app/cds-archive.sh remove   delete it (before the package's files are removed)
set -eu
app=$(cd "$(dirname "$0")" && pwd -P)   # the launcher resolves its own path the same way
root=$(dirname "$(dirname "$app")")
set -- "${1:-make}" "$app"/*.cfg
[ $# -eq 2 ] || { echo "cds-archive.sh: expected one launcher .cfg in $app" >&2; exit 1; }
cfg=$2
archive=$(sed -n 's/^java-options=-XX:SharedArchiveFile=//p' "$cfg" | sed "s|\$APPDIR|$app|")
[ -n "$archive" ] || { echo "cds-archive.sh: $cfg names no -XX:SharedArchiveFile" >&2; exit 1; }
if [ "$1" = remove ]; then
  rm -f "$archive"
  exit 0
fi
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
# The launcher's heap size: the archived objects are laid out for the heap they were dumped with,
# and a start with the same heap maps them as they are instead of patching every pointer in them.
heap=$(sed -n 's/^java-options=\(-Xmx[0-9]*[kKmMgG]\)$/\1/p' "$cfg" | tail -1)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
rm -f "$archive"
if ! "$root/lib/runtime/bin/java" ${heap:+"$heap"} -Xshare:dump -XX:SharedClassListFile="${archive%.jsa}.classlist" \
    -XX:SharedArchiveFile="$archive" -cp "$classpath" >"$log" 2>&1; then
  cat "$log" >&2
  echo "cds-archive.sh: could not make $archive; the app starts without it" >&2
  rm -f "$archive"
  exit 1
fi
chmod 644 "$archive"
echo "AppCDS archive $archive: $(grep -c . "${archive%.jsa}.classlist") entries in the class list, $(du -k "$archive" | cut -f1) KB"
