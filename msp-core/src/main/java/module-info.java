/**
 * msp-core: the immutable domain model of critical-mineral supply chains, its JSON format and the
 * embedded world dataset.
 */
module org.msp.core {
    requires transitive com.google.common;
    requires transitive com.fasterxml.jackson.databind;

    exports org.msp.model;
    exports org.msp.io;
    exports org.msp.data;
    exports org.msp.data.usgs;
    exports org.msp.data.iea;
    exports org.msp.data.baci;
    exports org.msp.data.usitc;
    exports org.msp.data.facilities;
    exports org.msp.data.wgi;
    exports org.msp.data.eucrm;
    exports org.msp.world;

    provides com.fasterxml.jackson.databind.Module with org.msp.io.MspJacksonModule;
}
