#!/usr/bin/env bash
# Inspects the image that `./mvnw -Pimage` wrote (jib:buildTar, a Docker archive) the way a reviewer would:
# its configuration (non-root user, entrypoint, ports, production profile), its files (the DejaVu fonts the
# PDFs need, no embedded-PostgreSQL binaries, nothing the runtime user may change), and, where this runs as
# root, the image itself: its layers unpacked, /proc mounted in a private mount namespace, and the entrypoint
# run under chroot as the image's user (`help`, `rulebook check`: the JVM, the classpath and the resources).
# Usage: image/check-image.sh [target/ienline-image.tar]. Needs tar, jq, unzip. Exit 1 when a check fails.
set -uo pipefail
tarball=${1:-target/ienline-image.tar}
passed=0; failed=0; skipped=0
ok()   { passed=$((passed + 1)); echo "  ok    $1"; }
bad()  { failed=$((failed + 1)); echo "  FAIL  $1"; }
skip() { skipped=$((skipped + 1)); echo "  skip  $1"; }
check() { local what=$1; shift; if "$@" >/dev/null 2>&1; then ok "$what"; else bad "$what"; fi; }

[ -s "$tarball" ] || { echo "no image at $tarball: run ./mvnw -Pimage -DskipTests verify" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
archive="$work/archive"; rootfs="$work/rootfs"; mkdir -p "$archive" "$rootfs"
tar -xf "$tarball" -C "$archive"
config="$archive/$(jq -r '.[0].Config' "$archive/manifest.json")"
for layer in $(jq -r '.[0].Layers[]' "$archive/manifest.json"); do tar --warning=no-unknown-keyword -xf "$archive/$layer" -C "$rootfs"; done
echo "image $tarball: $(jq -r '.[0].RepoTags[0]' "$archive/manifest.json"), $(jq '.[0].Layers | length' "$archive/manifest.json") layers, $(du -sh "$rootfs" | cut -f1) unpacked"

user=$(jq -r '.config.User // ""' "$config")
check "runs as a non-root user ($user)" bash -c "[[ -n '$user' && ! '$user' =~ ^(0|root)(:|$) ]]"
entrypoint=$(jq -r '.config.Entrypoint | join(" ")' "$config")
check "entrypoint starts the application with java" bash -c "[[ '$entrypoint' == java\ * && '$entrypoint' == *frl.ienline.IenlineApplication* ]]"
check "exposes 8080 (application) and 8081 (management)" \
  jq -e '.config.ExposedPorts | has("8080/tcp") and has("8081/tcp")' "$config"
check "production profile by default" jq -e '.config.Env | index("SPRING_PROFILES_ACTIVE=prod")' "$config"
check "DejaVu Sans regular and bold where PdfDocuments reads them" \
  test -s "$rootfs/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" -a -s "$rootfs/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
check "the application's classes and libraries are in /app" test -s "$rootfs/app/jib-classpath-file"
check "no embedded-PostgreSQL binaries jar" \
  bash -c "! find '$rootfs' -name '*embedded-postgres-binaries*' | grep -q ."
check "no PostgreSQL server archive or binary anywhere" bash -c "
  ! find '$rootfs' \( -name 'postgres*.txz' -o -name 'postgres' -o -name 'initdb' -o -name 'pg_ctl' \) | grep -q . &&
  for jar in '$rootfs'/app/libs/*.jar; do ! unzip -l \"\$jar\" | grep -qE 'postgres-linux.*\.txz'; done"
check "nothing outside /tmp is writable by the runtime user" bash -c "
  ! find '$rootfs' -path '$rootfs/tmp' -prune -o \( -perm -o+w -not -type l \) -print | grep -q . &&
  ! find '$rootfs' -uid 65532 | grep -q ."

if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && [ -x /usr/sbin/chroot ]; then
  mkdir -p "$rootfs/proc"
  mapfile -t env < <(jq -r '.config.Env[]' "$config")
  mapfile -t command < <(jq -r '.config.Entrypoint[]' "$config")
  run() { # the entrypoint with arguments, as the image's user, in the image's environment
    unshare --mount --fork /bin/sh -c 'mount -t proc proc "$0/proc" && exec "$@"' "$rootfs" \
      env -i "${env[@]}" /usr/sbin/chroot --userspec="$user" "$rootfs" "${command[@]}" "$@"
  }
  check "the entrypoint runs as $user: help lists the commands" bash -c "$(declare -f run); $(declare -p env command user rootfs); run help | grep -q rulebook"
  check "the entrypoint runs as $user: rulebook check reads the packaged rulebook" bash -c "$(declare -f run); $(declare -p env command user rootfs); run rulebook check"
else
  skip "running the entrypoint (needs root, unshare and chroot)"
fi
echo "image checks: $passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
