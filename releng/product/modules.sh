#!/usr/bin/env bash
# Prints the client's Maven modules (profile `client` of the root pom) for -pl, so that only they are built:
#   ./mvnw -Pclient install -pl "$(releng/product/modules.sh)"
echo releng/client-parent,target-platform,bundles/org.crediteval.ui,bundles/org.crediteval.ui.tests,features/org.crediteval.core.feature,features/org.crediteval.client.feature,features/org.crediteval.rulepack.gd-2017.feature,features/org.crediteval.rulepack.js-2012.feature,releng/product
