#!/usr/bin/env bash
# Makes what the container image is built on, from Debian's packages and the build's own JDK, so that
# `./mvnw -Pimage` works on a machine that reaches no container registry (ADR 0020):
#   target/image/base.tar  a base image (Docker archive, for Jib's tar://): glibc, the DejaVu fonts, a JRE
#                          made with jlink at /opt/java/openjdk, a user ienline (65532), /tmp. Nothing else:
#                          no shell, no package manager.
#   target/image/fonts/    the DejaVu fonts the PDFs embed (PdfDocuments reads /usr/share/fonts/truetype/dejavu),
#                          added to the image whatever the base, so a registry base without them still has them.
# Usage: image/build-base.sh [output folder, default target/image]. Needs JAVA_HOME (a JDK 21+ with jlink),
# apt-get and dpkg-deb. Re-running reuses the downloaded packages and the JRE.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/image}
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer}"

# glibc for the JVM (Temurin bundles zlib and FreeType; headless needs no X11); DejaVu for the PDFs.
packages=(libc6 libgcc-s1 fonts-dejavu-core)
modules=java.se,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.zipfs,jdk.naming.dns,jdk.management,jdk.management.jfr,jdk.jfr,jdk.jcmd,jdk.net

mkdir -p "$out/debs"
if ! ls "$out"/debs/fonts-dejavu-core_*.deb >/dev/null 2>&1; then
  if ! (cd "$out/debs" && apt-get download "${packages[@]}" >/dev/null 2>&1); then
    apt-get update -qq
    (cd "$out/debs" && apt-get download "${packages[@]}")
  fi
fi

rootfs="$out/rootfs"
rm -rf "$rootfs" "$out/fonts" && mkdir -p "$rootfs" "$out/fonts"
for deb in "$out"/debs/*.deb; do dpkg-deb -x "$deb" "$rootfs"; done
rm -rf "$rootfs/usr/share/doc" "$rootfs/usr/share/man" "$rootfs/usr/share/lintian" "$rootfs/usr/share/locale" \
  "$rootfs/usr/share/info" "$rootfs/sbin" "$rootfs/usr/sbin" "$rootfs/usr/bin" "$rootfs/usr/lib/x86_64-linux-gnu/gconv"
mkdir -p "$out/fonts/usr/share/fonts/truetype"
cp -r "$rootfs/usr/share/fonts/truetype/dejavu" "$out/fonts/usr/share/fonts/truetype/"
# Debian's fonts-dejavu-core licence travels with the fonts
mkdir -p "$out/fonts/usr/share/doc/fonts-dejavu-core"
dpkg-deb --fsys-tarfile "$out"/debs/fonts-dejavu-core_*.deb | tar -xO ./usr/share/doc/fonts-dejavu-core/copyright \
  > "$out/fonts/usr/share/doc/fonts-dejavu-core/copyright"

jre="$out/jre"
java_version=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')
if [ ! -f "$jre/release" ] || [ "$(cat "$out/jre.version" 2>/dev/null)" != "$java_version/$modules" ]; then
  rm -rf "$jre"
  "$JAVA_HOME/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
    --compress=zip-6 --output "$jre"
  echo "$java_version/$modules" > "$out/jre.version"
fi
mkdir -p "$rootfs/opt/java"
cp -a "$jre" "$rootfs/opt/java/openjdk"

mkdir -p "$rootfs/etc" "$rootfs/tmp"
chmod 1777 "$rootfs/tmp"
printf 'root:x:0:0:root:/root:/usr/sbin/nologin\nienline:x:65532:65532:ienline:/tmp:/usr/sbin/nologin\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\nienline:x:65532:\n' > "$rootfs/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$rootfs/etc/nsswitch.conf"

# One layer, owned by root, reproducible (sorted, fixed times); then the Docker archive around it.
image="$out/archive" && rm -rf "$image" && mkdir -p "$image"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='1970-01-01 00:00:00Z' -C "$rootfs" -cf "$image/layer.tar" .
diff_id=$(sha256sum "$image/layer.tar" | cut -d' ' -f1)
cat > "$image/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"User":"65532:65532","WorkingDir":"/tmp",
  "Env":["PATH=/opt/java/openjdk/bin:/usr/local/bin:/usr/bin:/bin","JAVA_HOME=/opt/java/openjdk","LANG=C.UTF-8","HOME=/tmp"],
  "Labels":{"org.opencontainers.image.description":"ienline base: glibc and DejaVu from Debian ${packages[*]}, JRE ${java_version} (jlink)"}},
 "rootfs":{"type":"layers","diff_ids":["sha256:${diff_id}"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"image/build-base.sh"}]}
JSON
printf '[{"Config":"config.json","RepoTags":["ienline-base:local"],"Layers":["layer.tar"]}]\n' > "$image/manifest.json"
tar --owner=0 --group=0 --numeric-owner --mtime='1970-01-01 00:00:00Z' -C "$image" -cf "$out/base.tar" \
  manifest.json config.json layer.tar
rm -rf "$image"
echo "base image: $out/base.tar ($(du -h "$out/base.tar" | cut -f1)), JRE $java_version, Debian: ${packages[*]}"
