/**
 * msp-core: the immutable domain model of critical-mineral supply chains, its JSON format and the
 * embedded world dataset.
 */
module org.msp.core {
    requires transitive com.google.common;
    requires transitive com.fasterxml.jackson.databind;

    exports org.msp.model;
    exports org.msp.io;

    provides com.fasterxml.jackson.databind.Module with org.msp.io.MspJacksonModule;
}
