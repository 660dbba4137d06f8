#!/bin/sh
# Spark against the single-machine Monte Carlo engine, in one run (docs/performance.md, "Spark").
# Usage: msp-spark/bench.sh [edges]   (builds msp-spark first; needs no Spark installation)
set -e
cd "$(dirname "$0")/.."
mvn -o -B -q -pl msp-spark -am -DskipTests package
OPTS=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' msp-spark/pom.xml)
exec java $OPTS -Xmx3g -cp "msp-spark/target/classes:$(cat msp-spark/target/classpath.txt)" org.msp.spark.SparkBench "$@"
