package org.msp.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.msp.model.Actor;
import org.msp.model.ActorKind;
import org.msp.model.Basis;
import org.msp.model.BasisConversion;
import org.msp.model.ConversionKind;
import org.msp.model.Country;
import org.msp.model.CountryGroup;
import org.msp.model.DataGap;
import org.msp.model.DataProblem;
import org.msp.model.Demand;
import org.msp.model.ExportRestriction;
import org.msp.model.Facility;
import org.msp.model.FacilityStatus;
import org.msp.model.Flow;
import org.msp.model.FlowOrigin;
import org.msp.model.GapKind;
import org.msp.model.GovernanceScore;
import org.msp.model.ImportReliance;
import org.msp.model.ImportSource;
import org.msp.model.Location;
import org.msp.model.MassUnit;
import org.msp.model.Membership;
import org.msp.model.Mineral;
import org.msp.model.MineralGroup;
import org.msp.model.Offtake;
import org.msp.model.Price;
import org.msp.model.PriceKind;
import org.msp.model.Production;
import org.msp.model.Project;
import org.msp.model.ProjectStatus;
import org.msp.model.Provenance;
import org.msp.model.Qualifier;
import org.msp.model.Quantity;
import org.msp.model.RecyclingInputRate;
import org.msp.model.Region;
import org.msp.model.Reserve;
import org.msp.model.RestrictionKind;
import org.msp.model.SourcingRule;
import org.msp.model.Stage;
import org.msp.model.Stockpile;
import org.msp.model.Tariff;
import org.msp.model.TradeMeasure;
import org.msp.model.WorldTotal;

/**
 * The JSON form of every record of the model, written and read by hand so that field names are stable
 * (the record component names, camelCase), optional values that are empty are left out, enums are
 * written in lower case, dates as ISO-8601 text, actors in their text form ({@code "CHN"},
 * {@code "facility:ID"}) and trade measures carry a {@code "type"} from a closed set.
 *
 * <p>All codecs are immutable and thread-safe.
 */
public final class Codecs {
    private Codecs() {}

    // ------------------------------------------------------------------ enums

    /** Value-chain stages. */
    public static final Enums<Stage> STAGE = Enums.of(Stage.class, "stage");
    /** Quantity bases. */
    public static final Enums<Basis> BASIS = Enums.of(Basis.class, "basis");
    /** Figure qualifiers. */
    public static final Enums<Qualifier> QUALIFIER = Enums.of(Qualifier.class, "qualifier");
    /** Regions. */
    public static final Enums<Region> REGION = Enums.of(Region.class, "region");
    /** Mineral groups. */
    public static final Enums<MineralGroup> MINERAL_GROUP = Enums.of(MineralGroup.class, "mineral group");
    /** Facility statuses. */
    public static final Enums<FacilityStatus> FACILITY_STATUS = Enums.of(FacilityStatus.class, "facility status");
    /** Flow origins. */
    public static final Enums<FlowOrigin> FLOW_ORIGIN = Enums.of(FlowOrigin.class, "flow origin");
    /** Project statuses. */
    public static final Enums<ProjectStatus> PROJECT_STATUS = Enums.of(ProjectStatus.class, "project status");
    /** Export-restriction kinds. */
    public static final Enums<RestrictionKind> RESTRICTION_KIND = Enums.of(RestrictionKind.class, "restriction kind");
    /** Data-gap kinds. */
    public static final Enums<GapKind> GAP_KIND = Enums.of(GapKind.class, "gap kind");
    /** Actor kinds. */
    public static final Enums<ActorKind> ACTOR_KIND = Enums.of(ActorKind.class, "actor kind");
    /** Mass units. */
    public static final Enums<MassUnit> MASS_UNIT = Enums.of(MassUnit.class, "mass unit");
    /** Price kinds. */
    public static final Enums<PriceKind> PRICE_KIND = Enums.of(PriceKind.class, "price kind");
    public static final Enums<ConversionKind> CONVERSION_KIND = Enums.of(ConversionKind.class, "conversion kind");

    // ------------------------------------------------------------------ writing helpers

    static void text(JsonGenerator g, String name, String value) throws IOException {
        g.writeStringField(name, value);
    }

    static void optText(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }

    static void nonEmptyText(JsonGenerator g, String name, String value) throws IOException {
        if (!value.isEmpty()) {
            g.writeStringField(name, value);
        }
    }

    static void number(JsonGenerator g, String name, double value) throws IOException {
        g.writeNumberField(name, value);
    }

    static void optNumber(JsonGenerator g, String name, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsDouble());
        }
    }

    static void optInteger(JsonGenerator g, String name, OptionalInt value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsInt());
        }
    }

    static void enumeration(JsonGenerator g, String name, Enum<?> value) throws IOException {
        g.writeStringField(name, Enums.id(value));
    }

    static void date(JsonGenerator g, String name, LocalDate value) throws IOException {
        g.writeStringField(name, value.toString());
    }

    static void optDate(JsonGenerator g, String name, Optional<LocalDate> value) throws IOException {
        if (value.isPresent()) {
            date(g, name, value.get());
        }
    }

    static void texts(JsonGenerator g, String name, Collection<String> values, boolean always) throws IOException {
        if (values.isEmpty() && !always) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    static <T> void object(JsonGenerator g, String name, Codec<T> codec, T value) throws IOException {
        g.writeFieldName(name);
        codec.write(g, value);
    }

    static <T> void optObject(JsonGenerator g, String name, Codec<T> codec, Optional<T> value) throws IOException {
        if (value.isPresent()) {
            object(g, name, codec, value.get());
        }
    }

    static <T> void list(JsonGenerator g, String name, Codec<T> codec, List<T> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (T v : values) {
            codec.write(g, v);
        }
        g.writeEndArray();
    }

    // ------------------------------------------------------------------ values

    /** {@link Actor} as its text form. */
    public static final Codec<Actor> ACTOR = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Actor a) throws IOException {
            g.writeString(a.toString());
        }

        @Override
        public Actor read(In in) {
            if (in.node() == null || !in.node().isTextual()) {
                in.problem("", "expected an actor (a string such as \"CHN\" or \"facility:ID\"), found "
                        + In.describe(in.node()));
                return null;
            }
            try {
                return Actor.parse(in.node().textValue());
            } catch (IllegalArgumentException e) {
                in.problem("", e.getMessage());
                return null;
            }
        }
    };

    /** {@link Provenance}: source, edition, table (left out when empty), licence, note (left out when empty). */
    public static final Codec<Provenance> PROVENANCE = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Provenance p) throws IOException {
            g.writeStartObject();
            text(g, "source", p.source());
            text(g, "edition", p.edition());
            nonEmptyText(g, "table", p.table());
            text(g, "licence", p.licence());
            nonEmptyText(g, "note", p.note());
            g.writeEndObject();
        }

        @Override
        public Provenance read(In in) {
            if (!in.isObject("a provenance")) {
                return null;
            }
            String source = in.text("source");
            String edition = in.text("edition");
            String table = in.textOr("table", "");
            String licence = in.text("licence");
            String note = in.textOr("note", "");
            return in.build("Provenance", () -> new Provenance(source, edition, table, licence, note));
        }
    };

    /** {@link Quantity}: tonnes and basis. */
    public static final Codec<Quantity> QUANTITY = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Quantity q) throws IOException {
            g.writeStartObject();
            number(g, "tonnes", q.tonnes());
            enumeration(g, "basis", q.basis());
            g.writeEndObject();
        }

        @Override
        public Quantity read(In in) {
            if (!in.isObject("a quantity")) {
                return null;
            }
            double tonnes = in.number("tonnes");
            Basis basis = in.enumeration("basis", BASIS);
            return in.build("Quantity", () -> new Quantity(tonnes, basis));
        }
    };

    /** {@link Location}: latitude and longitude in degrees. */
    public static final Codec<Location> LOCATION = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Location l) throws IOException {
            g.writeStartObject();
            number(g, "latitude", l.latitude());
            number(g, "longitude", l.longitude());
            g.writeEndObject();
        }

        @Override
        public Location read(In in) {
            if (!in.isObject("a location")) {
                return null;
            }
            double lat = in.number("latitude");
            double lon = in.number("longitude");
            return in.build("Location", () -> new Location(lat, lon));
        }
    };

    /** {@link Country}: iso3, name, region, subregion. */
    public static final Codec<Country> COUNTRY = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Country c) throws IOException {
            g.writeStartObject();
            text(g, "iso3", c.iso3());
            text(g, "name", c.name());
            enumeration(g, "region", c.region());
            text(g, "subregion", c.subregion());
            g.writeEndObject();
        }

        @Override
        public Country read(In in) {
            if (!in.isObject("a country")) {
                return null;
            }
            String iso3 = in.text("iso3");
            String name = in.text("name");
            Region region = in.enumeration("region", REGION);
            String subregion = in.text("subregion");
            return in.build("Country", () -> new Country(iso3, name, region, subregion));
        }
    };

    /** {@link Mineral}: id, name, group, criticalLists (left out when empty). */
    public static final Codec<Mineral> MINERAL = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Mineral m) throws IOException {
            g.writeStartObject();
            text(g, "id", m.id());
            text(g, "name", m.name());
            enumeration(g, "group", m.group());
            texts(g, "criticalLists", m.criticalLists(), false);
            g.writeEndObject();
        }

        @Override
        public Mineral read(In in) {
            if (!in.isObject("a mineral")) {
                return null;
            }
            String id = in.text("id");
            String name = in.text("name");
            MineralGroup group = in.enumeration("group", MINERAL_GROUP);
            var lists = in.textSet("criticalLists", false);
            return in.build("Mineral", () -> new Mineral(id, name, group, lists));
        }
    };

    /** {@link Membership}: country, since, until (left out when open-ended). */
    public static final Codec<Membership> MEMBERSHIP = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Membership m) throws IOException {
            g.writeStartObject();
            text(g, "country", m.country());
            date(g, "since", m.since());
            optDate(g, "until", m.until());
            g.writeEndObject();
        }

        @Override
        public Membership read(In in) {
            if (!in.isObject("a membership")) {
                return null;
            }
            String country = in.text("country");
            LocalDate since = in.date("since");
            Optional<LocalDate> until = in.optDate("until");
            return in.build("Membership", () -> new Membership(country, since, until));
        }
    };

    /** {@link CountryGroup}: id, name, memberships (left out when empty), provenance. */
    public static final Codec<CountryGroup> GROUP = new Codec<>() {
        @Override
        public void write(JsonGenerator g, CountryGroup c) throws IOException {
            g.writeStartObject();
            text(g, "id", c.id());
            text(g, "name", c.name());
            list(g, "memberships", MEMBERSHIP, c.memberships());
            object(g, "provenance", PROVENANCE, c.provenance());
            g.writeEndObject();
        }

        @Override
        public CountryGroup read(In in) {
            if (!in.isObject("a country group")) {
                return null;
            }
            String id = in.text("id");
            String name = in.text("name");
            List<Membership> members = in.list("memberships", MEMBERSHIP, false);
            Provenance p = in.object("provenance", PROVENANCE);
            return in.build("CountryGroup", () -> new CountryGroup(id, name, members, p));
        }
    };

    /** {@link Facility}: id, name, country, stage, minerals, capacity?, operator?, status, location?, provenance. */
    public static final Codec<Facility> FACILITY = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Facility f) throws IOException {
            g.writeStartObject();
            text(g, "id", f.id());
            text(g, "name", f.name());
            text(g, "country", f.country());
            enumeration(g, "stage", f.stage());
            texts(g, "minerals", f.minerals(), true);
            optObject(g, "capacity", QUANTITY, f.capacity());
            optText(g, "operator", f.operator());
            enumeration(g, "status", f.status());
            optObject(g, "location", LOCATION, f.location());
            object(g, "provenance", PROVENANCE, f.provenance());
            g.writeEndObject();
        }

        @Override
        public Facility read(In in) {
            if (!in.isObject("a facility")) {
                return null;
            }
            String id = in.text("id");
            String name = in.text("name");
            String country = in.text("country");
            Stage stage = in.enumeration("stage", STAGE);
            var minerals = in.textSet("minerals", true);
            Optional<Quantity> capacity = in.optObject("capacity", QUANTITY);
            Optional<String> operator = in.optText("operator");
            FacilityStatus status = in.enumeration("status", FACILITY_STATUS);
            Optional<Location> location = in.optObject("location", LOCATION);
            Provenance p = in.object("provenance", PROVENANCE);
            return in.build("Facility", () -> new Facility(id, name, country, stage, minerals, capacity, operator,
                    status, location, p));
        }
    };

    /** {@link Production}: producer, mineral, stage, year, quantity, qualifier, provenance. */
    public static final Codec<Production> PRODUCTION = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Production p) throws IOException {
            g.writeStartObject();
            text(g, "producer", p.producer().toString());
            text(g, "mineral", p.mineral());
            enumeration(g, "stage", p.stage());
            g.writeNumberField("year", p.year());
            object(g, "quantity", QUANTITY, p.quantity());
            enumeration(g, "qualifier", p.qualifier());
            object(g, "provenance", PROVENANCE, p.provenance());
            g.writeEndObject();
        }

        @Override
        public Production read(In in) {
            if (!in.isObject("a production figure")) {
                return null;
            }
            Actor producer = in.actor("producer");
            String mineral = in.text("mineral");
            Stage stage = in.enumeration("stage", STAGE);
            int year = in.integer("year");
            Quantity q = in.object("quantity", QUANTITY);
            Qualifier qualifier = in.enumeration("qualifier", QUALIFIER);
            Provenance p = in.object("provenance", PROVENANCE);
            return in.build("Production", () -> new Production(producer, mineral, stage, year, q, qualifier, p));
        }
    };

    /** {@link Reserve}: holder, mineral, year, quantity, qualifier, provenance. */
    public static final Codec<Reserve> RESERVE = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Reserve r) throws IOException {
            g.writeStartObject();
            text(g, "holder", r.holder().toString());
            text(g, "mineral", r.mineral());
            g.writeNumberField("year", r.year());
            object(g, "quantity", QUANTITY, r.quantity());
            enumeration(g, "qualifier", r.qualifier());
            object(g, "provenance", PROVENANCE, r.provenance());
            g.writeEndObject();
        }

        @Override
        public Reserve read(In in) {
            if (!in.isObject("a reserve figure")) {
                return null;
            }
            Actor holder = in.actor("holder");
            String mineral = in.text("mineral");
            int year = in.integer("year");
            Quantity q = in.object("quantity", QUANTITY);
            Qualifier qualifier = in.enumeration("qualifier", QUALIFIER);
            Provenance p = in.object("provenance", PROVENANCE);
            return in.build("Reserve", () -> new Reserve(holder, mineral, year, q, qualifier, p));
        }
    };

    /** {@link Flow}: from, to, mineral, stage, year, quantity, valueUsd?, origin, provenance. */
    public static final Codec<Flow> FLOW = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Flow f) throws IOException {
            g.writeStartObject();
            text(g, "from", f.from().toString());
            text(g, "to", f.to().toString());
            text(g, "mineral", f.mineral());
            enumeration(g, "stage", f.stage());
            g.writeNumberField("year", f.year());
            object(g, "quantity", QUANTITY, f.quantity());
            optNumber(g, "valueUsd", f.valueUsd());
            enumeration(g, "origin", f.origin());
            object(g, "provenance", PROVENANCE, f.provenance());
            g.writeEndObject();
        }

        @Override
        public Flow read(In in) {
            if (!in.isObject("a flow")) {
                return null;
            }
            Actor from = in.actor("from");
            Actor to = in.actor("to");
            String mineral = in.text("mineral");
            Stage stage = in.enumeration("stage", STAGE);
            int year = in.integer("year");
            Quantity q = in.object("quantity", QUANTITY);
            OptionalDouble value = in.optNumber("valueUsd");
            FlowOrigin origin = in.enumeration("origin", FLOW_ORIGIN);
            Provenance p = in.object("provenance", PROVENANCE);
            return in.build("Flow", () -> new Flow(from, to, mineral, stage, year, q, value, origin, p));
        }
    };

    /** {@link Stockpile}: country, mineral, year, quantity, provenance. */
    public static final Codec<Stockpile> STOCKPILE = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Stockpile s) throws IOException {
            g.writeStartObject();
            text(g, "country", s.country());
            text(g, "mineral", s.mineral());
            g.writeNumberField("year", s.year());
            object(g, "quantity", QUANTITY, s.quantity());
            object(g, "provenance", PROVENANCE, s.provenance());
            g.writeEndObject();
        }

        @Override
        public Stockpile read(In in) {
            if (!in.isObject("a stockpile")) {
                return null;
            }
            String country = in.text("country");
            String mineral = in.text("mineral");
            int year = in.integer("year");
            Quantity q = in.object("quantity", QUANTITY);
            Provenance p = in.object("provenance", PROVENANCE);
            return in.build("Stockpile", () -> new Stockpile(country, mineral, year, q, p));
        }
    };

    /** {@link Demand}: country, mineral, year, scenario?, sector?, quantity, provenance. */
    public static final Codec<Demand> DEMAND = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Demand d) throws IOException {
            g.writeStartObject();
            text(g, "country", d.country());
            text(g, "mineral", d.mineral());
            g.writeNumberField("year", d.year());
            optText(g, "scenario", d.scenario());
            optText(g, "sector", d.sector());
            object(g, "quantity", QUANTITY, d.quantity());
            object(g, "provenance", PROVENANCE, d.provenance());
            g.writeEndObject();
        }

        @Override
        public Demand read(In in) {
            if (!in.isObject("a demand figure")) {
                return null;
            }
            String country = in.text("country");
            String mineral = in.text("mineral");
            int year = in.integer("year");
            Optional<String> scenario = in.optText("scenario");
            Optional<String> sector = in.optText("sector");
            Quantity q = in.object("quantity", QUANTITY);
            Provenance p = in.object("provenance", PROVENANCE);
            return in.build("Demand", () -> new Demand(country, mineral, year, q, p, scenario, sector));
        }
    };

    /** {@link Offtake}: buyer, valueUsd?, quantity?. */
    public static final Codec<Offtake> OFFTAKE = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Offtake o) throws IOException {
            g.writeStartObject();
            text(g, "buyer", o.buyer());
            optNumber(g, "valueUsd", o.valueUsd());
            optObject(g, "quantity", QUANTITY, o.quantity());
            g.writeEndObject();
        }

        @Override
        public Offtake read(In in) {
            if (!in.isObject("an offtake")) {
                return null;
            }
            String buyer = in.text("buyer");
            OptionalDouble value = in.optNumber("valueUsd");
            Optional<Quantity> q = in.optObject("quantity", QUANTITY);
            return in.build("Offtake", () -> new Offtake(buyer, value, q));
        }
    };

    /**
     * {@link Project}: id, name, country, stage, minerals, addedCapacity?, status, onlineYear?, financiers
     * (left out when empty), offtakes (left out when empty), provenance.
     */
    public static final Codec<Project> PROJECT = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Project p) throws IOException {
            g.writeStartObject();
            text(g, "id", p.id());
            text(g, "name", p.name());
            text(g, "country", p.country());
            enumeration(g, "stage", p.stage());
            texts(g, "minerals", p.minerals(), true);
            optObject(g, "addedCapacity", QUANTITY, p.addedCapacity());
            enumeration(g, "status", p.status());
            optInteger(g, "onlineYear", p.onlineYear());
            texts(g, "financiers", p.financiers(), false);
            list(g, "offtakes", OFFTAKE, p.offtakes());
            object(g, "provenance", PROVENANCE, p.provenance());
            g.writeEndObject();
        }

        @Override
        public Project read(In in) {
            if (!in.isObject("a project")) {
                return null;
            }
            String id = in.text("id");
            String name = in.text("name");
            String country = in.text("country");
            Stage stage = in.enumeration("stage", STAGE);
            var minerals = in.textSet("minerals", true);
            Optional<Quantity> added = in.optObject("addedCapacity", QUANTITY);
            ProjectStatus status = in.enumeration("status", PROJECT_STATUS);
            OptionalInt online = in.optInteger("onlineYear");
            List<String> financiers = in.textList("financiers", false);
            List<Offtake> offtakes = in.list("offtakes", OFFTAKE, false);
            Provenance p = in.object("provenance", PROVENANCE);
            return in.build("Project", () -> new Project(id, name, country, stage, minerals, added, status, online,
                    financiers, offtakes, p));
        }
    };

    /** {@link DataGap}: actor, mineral, stage, year, statistic, kind, provenance. */
    public static final Codec<DataGap> GAP = new Codec<>() {
        @Override
        public void write(JsonGenerator g, DataGap d) throws IOException {
            g.writeStartObject();
            text(g, "actor", d.actor().toString());
            text(g, "mineral", d.mineral());
            enumeration(g, "stage", d.stage());
            g.writeNumberField("year", d.year());
            text(g, "statistic", d.statistic());
            enumeration(g, "kind", d.kind());
            object(g, "provenance", PROVENANCE, d.provenance());
            g.writeEndObject();
        }

        @Override
        public DataGap read(In in) {
            if (!in.isObject("a data gap")) {
                return null;
            }
            Actor actor = in.actor("actor");
            String mineral = in.text("mineral");
            Stage stage = in.enumeration("stage", STAGE);
            int year = in.integer("year");
            String statistic = in.text("statistic");
            GapKind kind = in.enumeration("kind", GAP_KIND);
            Provenance p = in.object("provenance", PROVENANCE);
            return in.build("DataGap", () -> new DataGap(actor, mineral, stage, year, statistic, kind, p));
        }
    };

    /** {@link ImportReliance}: country, mineral, year, share, qualifier, provenance. */
    public static final Codec<ImportReliance> IMPORT_RELIANCE = new Codec<>() {
        @Override
        public void write(JsonGenerator g, ImportReliance r) throws IOException {
            g.writeStartObject();
            text(g, "country", r.country());
            text(g, "mineral", r.mineral());
            g.writeNumberField("year", r.year());
            number(g, "share", r.share());
            enumeration(g, "qualifier", r.qualifier());
            object(g, "provenance", PROVENANCE, r.provenance());
            g.writeEndObject();
        }

        @Override
        public ImportReliance read(In in) {
            if (!in.isObject("an import-reliance figure")) {
                return null;
            }
            String country = in.text("country");
            String mineral = in.text("mineral");
            int year = in.integer("year");
            double share = in.number("share");
            Qualifier qualifier = in.enumeration("qualifier", QUALIFIER);
            Provenance p = in.object("provenance", PROVENANCE);
            return in.build("ImportReliance", () -> new ImportReliance(country, mineral, year, share, qualifier, p));
        }
    };

    /** {@link ImportSource}: importer, mineral, exporter, fromYear, toYear, share, provenance. */
    public static final Codec<ImportSource> IMPORT_SOURCE = new Codec<>() {
        @Override
        public void write(JsonGenerator g, ImportSource s) throws IOException {
            g.writeStartObject();
            text(g, "importer", s.importer());
            text(g, "mineral", s.mineral());
            text(g, "exporter", s.exporter());
            g.writeNumberField("fromYear", s.fromYear());
            g.writeNumberField("toYear", s.toYear());
            number(g, "share", s.share());
            object(g, "provenance", PROVENANCE, s.provenance());
            g.writeEndObject();
        }

        @Override
        public ImportSource read(In in) {
            if (!in.isObject("an import-source share")) {
                return null;
            }
            String importer = in.text("importer");
            String mineral = in.text("mineral");
            String exporter = in.text("exporter");
            int fromYear = in.integer("fromYear");
            int toYear = in.integer("toYear");
            double share = in.number("share");
            Provenance p = in.object("provenance", PROVENANCE);
            return in.build("ImportSource", () -> new ImportSource(importer, mineral, exporter, fromYear, toYear,
                    share, p));
        }
    };

    /** {@link WorldTotal}: mineral, stage, year, total?, restOfWorld?, qualifier, provenance. */
    public static final Codec<WorldTotal> WORLD_TOTAL = new Codec<>() {
        @Override
        public void write(JsonGenerator g, WorldTotal w) throws IOException {
            g.writeStartObject();
            text(g, "mineral", w.mineral());
            enumeration(g, "stage", w.stage());
            g.writeNumberField("year", w.year());
            optObject(g, "total", QUANTITY, w.total());
            optObject(g, "restOfWorld", QUANTITY, w.restOfWorld());
            enumeration(g, "qualifier", w.qualifier());
            object(g, "provenance", PROVENANCE, w.provenance());
            g.writeEndObject();
        }

        @Override
        public WorldTotal read(In in) {
            if (!in.isObject("a world total")) {
                return null;
            }
            String mineral = in.text("mineral");
            Stage stage = in.enumeration("stage", STAGE);
            int year = in.integer("year");
            Optional<Quantity> total = in.optObject("total", QUANTITY);
            Optional<Quantity> rest = in.optObject("restOfWorld", QUANTITY);
            Qualifier qualifier = in.enumeration("qualifier", QUALIFIER);
            Provenance p = in.object("provenance", PROVENANCE);
            return in.build("WorldTotal", () -> new WorldTotal(mineral, stage, year, total, rest, qualifier, p));
        }
    };

    /** {@link DataProblem}: location, field, message. */
    public static final Codec<DataProblem> DATA_PROBLEM = new Codec<>() {
        @Override
        public void write(JsonGenerator g, DataProblem d) throws IOException {
            g.writeStartObject();
            text(g, "location", d.location());
            text(g, "field", d.field());
            text(g, "message", d.message());
            g.writeEndObject();
        }

        @Override
        public DataProblem read(In in) {
            if (!in.isObject("a data problem")) {
                return null;
            }
            String location = in.text("location");
            String field = in.text("field");
            String message = in.text("message");
            return in.build("DataProblem", () -> new DataProblem(location, field, message));
        }
    };

    // ------------------------------------------------------------------ trade measures

    /** The {@code "type"} of an export restriction. */
    public static final String EXPORT_RESTRICTION_TYPE = "export_restriction";
    /** The {@code "type"} of a tariff. */
    public static final String TARIFF_TYPE = "tariff";
    /** The {@code "type"} of a sourcing rule. */
    public static final String SOURCING_RULE_TYPE = "sourcing_rule";

    private static void measureHead(JsonGenerator g, String type, TradeMeasure m, String description)
            throws IOException {
        g.writeStartObject();
        text(g, "type", type);
        text(g, "id", m.id());
        text(g, "description", description);
        text(g, "country", m.country());
        texts(g, "minerals", m.minerals(), true);
        enumeration(g, "stage", m.stage());
    }

    /** {@link ExportRestriction}, written with {@code "type": "export_restriction"}. */
    public static final Codec<ExportRestriction> EXPORT_RESTRICTION = new Codec<>() {
        @Override
        public void write(JsonGenerator g, ExportRestriction e) throws IOException {
            measureHead(g, EXPORT_RESTRICTION_TYPE, e, e.description());
            enumeration(g, "kind", e.kind());
            date(g, "effective", e.effective());
            optDate(g, "until", e.until());
            texts(g, "targetCountries", e.targetCountries(), false);
            texts(g, "targetGroups", e.targetGroups(), false);
            texts(g, "exemptCountries", e.exemptCountries(), false);
            texts(g, "exemptGroups", e.exemptGroups(), false);
            object(g, "provenance", PROVENANCE, e.provenance());
            g.writeEndObject();
        }

        @Override
        public ExportRestriction read(In in) {
            if (!in.isObject("an export restriction") || !type(in, EXPORT_RESTRICTION_TYPE)) {
                return null;
            }
            String id = in.text("id");
            String description = in.text("description");
            String country = in.text("country");
            var minerals = in.textSet("minerals", true);
            Stage stage = in.enumeration("stage", STAGE);
            RestrictionKind kind = in.enumeration("kind", RESTRICTION_KIND);
            LocalDate effective = in.date("effective");
            Optional<LocalDate> until = in.optDate("until");
            var targetCountries = in.textSet("targetCountries", false);
            var targetGroups = in.textSet("targetGroups", false);
            var exemptCountries = in.textSet("exemptCountries", false);
            var exemptGroups = in.textSet("exemptGroups", false);
            Provenance p = in.object("provenance", PROVENANCE);
            return in.build("ExportRestriction", () -> new ExportRestriction(id, description, country, minerals,
                    stage, kind, effective, until, targetCountries, targetGroups, exemptCountries, exemptGroups, p));
        }
    };

    /** {@link Tariff}, written with {@code "type": "tariff"}. */
    public static final Codec<Tariff> TARIFF = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Tariff t) throws IOException {
            measureHead(g, TARIFF_TYPE, t, t.description());
            number(g, "rate", t.rate());
            date(g, "effective", t.effective());
            optDate(g, "until", t.until());
            texts(g, "onCountries", t.onCountries(), false);
            texts(g, "onGroups", t.onGroups(), false);
            object(g, "provenance", PROVENANCE, t.provenance());
            g.writeEndObject();
        }

        @Override
        public Tariff read(In in) {
            if (!in.isObject("a tariff") || !type(in, TARIFF_TYPE)) {
                return null;
            }
            String id = in.text("id");
            String description = in.text("description");
            String country = in.text("country");
            var minerals = in.textSet("minerals", true);
            Stage stage = in.enumeration("stage", STAGE);
            double rate = in.number("rate");
            LocalDate effective = in.date("effective");
            Optional<LocalDate> until = in.optDate("until");
            var onCountries = in.textSet("onCountries", false);
            var onGroups = in.textSet("onGroups", false);
            Provenance p = in.object("provenance", PROVENANCE);
            return in.build("Tariff", () -> new Tariff(id, description, country, minerals, stage, rate, effective,
                    until, onCountries, onGroups, p));
        }
    };

    /** {@link SourcingRule}, written with {@code "type": "sourcing_rule"}. */
    public static final Codec<SourcingRule> SOURCING_RULE = new Codec<>() {
        @Override
        public void write(JsonGenerator g, SourcingRule s) throws IOException {
            measureHead(g, SOURCING_RULE_TYPE, s, s.description());
            date(g, "effective", s.effective());
            optDate(g, "until", s.until());
            texts(g, "excludedCountries", s.excludedCountries(), false);
            texts(g, "excludedGroups", s.excludedGroups(), false);
            object(g, "provenance", PROVENANCE, s.provenance());
            g.writeEndObject();
        }

        @Override
        public SourcingRule read(In in) {
            if (!in.isObject("a sourcing rule") || !type(in, SOURCING_RULE_TYPE)) {
                return null;
            }
            String id = in.text("id");
            String description = in.text("description");
            String country = in.text("country");
            var minerals = in.textSet("minerals", true);
            Stage stage = in.enumeration("stage", STAGE);
            LocalDate effective = in.date("effective");
            Optional<LocalDate> until = in.optDate("until");
            var excludedCountries = in.textSet("excludedCountries", false);
            var excludedGroups = in.textSet("excludedGroups", false);
            Provenance p = in.object("provenance", PROVENANCE);
            return in.build("SourcingRule", () -> new SourcingRule(id, description, country, minerals, stage,
                    effective, until, excludedCountries, excludedGroups, p));
        }
    };

    /** Reads and checks the {@code "type"} field of a measure of a known kind. */
    private static boolean type(In in, String expected) {
        String t = in.text("type");
        if (t != null && !t.equals(expected)) {
            in.problem("type", "expected type '" + expected + "', found '" + t + "'");
        }
        return in.ok();
    }

    /**
     * {@link TradeMeasure}: chooses the record by the {@code "type"} field, one of
     * {@code export_restriction}, {@code tariff}, {@code sourcing_rule}. No class name is ever read.
     */
    public static final Codec<TradeMeasure> MEASURE = new Codec<>() {
        @Override
        public void write(JsonGenerator g, TradeMeasure m) throws IOException {
            if (m instanceof ExportRestriction) {
                EXPORT_RESTRICTION.write(g, (ExportRestriction) m);
            } else if (m instanceof Tariff) {
                TARIFF.write(g, (Tariff) m);
            } else if (m instanceof SourcingRule) {
                SOURCING_RULE.write(g, (SourcingRule) m);
            } else {
                throw new IllegalArgumentException("unknown trade measure class " + m.getClass().getName());
            }
        }

        @Override
        public TradeMeasure read(In in) {
            if (!in.isObject("a trade measure")) {
                return null;
            }
            var typeNode = in.node().get("type");
            if (typeNode == null || typeNode.isNull()) {
                in.problem("type", "missing field 'type' (one of " + EXPORT_RESTRICTION_TYPE + ", " + TARIFF_TYPE
                        + ", " + SOURCING_RULE_TYPE + ")");
                return null;
            }
            String t = typeNode.isTextual() ? typeNode.textValue() : null;
            if (EXPORT_RESTRICTION_TYPE.equals(t)) {
                return EXPORT_RESTRICTION.read(in);
            } else if (TARIFF_TYPE.equals(t)) {
                return TARIFF.read(in);
            } else if (SOURCING_RULE_TYPE.equals(t)) {
                return SOURCING_RULE.read(in);
            }
            in.problem("type", "unknown trade measure type " + (t == null ? In.describe(typeNode) : "'" + t + "'")
                    + "; expected one of " + EXPORT_RESTRICTION_TYPE + ", " + TARIFF_TYPE + ", " + SOURCING_RULE_TYPE);
            return null;
        }
    };

    /** {@link Price}: mineral, year, usdPerTonne, basis, description, kind, qualifier, provenance. */
    public static final Codec<Price> PRICE = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Price p) throws IOException {
            g.writeStartObject();
            text(g, "mineral", p.mineral());
            g.writeNumberField("year", p.year());
            number(g, "usdPerTonne", p.usdPerTonne());
            enumeration(g, "basis", p.basis());
            text(g, "description", p.description());
            enumeration(g, "kind", p.kind());
            enumeration(g, "qualifier", p.qualifier());
            object(g, "provenance", PROVENANCE, p.provenance());
            g.writeEndObject();
        }

        @Override
        public Price read(In in) {
            if (!in.isObject("a price")) {
                return null;
            }
            String mineral = in.text("mineral");
            int year = in.integer("year");
            double usdPerTonne = in.number("usdPerTonne");
            Basis basis = in.enumeration("basis", BASIS);
            String description = in.text("description");
            PriceKind kind = in.enumeration("kind", PRICE_KIND);
            Qualifier qualifier = in.enumeration("qualifier", QUALIFIER);
            Provenance p = in.object("provenance", PROVENANCE);
            return in.build("Price", () -> new Price(mineral, year, usdPerTonne, basis, description, kind, qualifier,
                    p));
        }
    };

    /** {@link GovernanceScore}: country, year, estimate, dimensions, provenance. */
    public static final Codec<GovernanceScore> GOVERNANCE_SCORE = new Codec<>() {
        @Override
        public void write(JsonGenerator g, GovernanceScore x) throws IOException {
            g.writeStartObject();
            text(g, "country", x.country());
            g.writeNumberField("year", x.year());
            number(g, "estimate", x.estimate());
            g.writeNumberField("dimensions", x.dimensions());
            object(g, "provenance", PROVENANCE, x.provenance());
            g.writeEndObject();
        }

        @Override
        public GovernanceScore read(In in) {
            if (!in.isObject("a governance score")) {
                return null;
            }
            String country = in.text("country");
            int year = in.integer("year");
            double estimate = in.number("estimate");
            int dimensions = in.integer("dimensions");
            Provenance p = in.object("provenance", PROVENANCE);
            return in.build("GovernanceScore", () -> new GovernanceScore(country, year, estimate, dimensions, p));
        }
    };

    /** {@link RecyclingInputRate}: region, mineral, rate, provenance. */
    public static final Codec<RecyclingInputRate> RECYCLING_INPUT_RATE = new Codec<>() {
        @Override
        public void write(JsonGenerator g, RecyclingInputRate x) throws IOException {
            g.writeStartObject();
            text(g, "region", x.region());
            text(g, "mineral", x.mineral());
            number(g, "rate", x.rate());
            object(g, "provenance", PROVENANCE, x.provenance());
            g.writeEndObject();
        }

        @Override
        public RecyclingInputRate read(In in) {
            if (!in.isObject("a recycling input rate")) {
                return null;
            }
            String region = in.text("region");
            String mineral = in.text("mineral");
            double rate = in.number("rate");
            Provenance p = in.object("provenance", PROVENANCE);
            return in.build("RecyclingInputRate", () -> new RecyclingInputRate(region, mineral, rate, p));
        }
    };

    /** {@link BasisConversion}: mineral, stage, basis, low, central, high, kind, rationale, provenance. */
    public static final Codec<BasisConversion> CONVERSION = new Codec<>() {
        @Override
        public void write(JsonGenerator g, BasisConversion c) throws IOException {
            g.writeStartObject();
            text(g, "mineral", c.mineral());
            enumeration(g, "stage", c.stage());
            enumeration(g, "basis", c.basis());
            number(g, "low", c.low());
            number(g, "central", c.central());
            number(g, "high", c.high());
            enumeration(g, "kind", c.kind());
            text(g, "rationale", c.rationale());
            object(g, "provenance", PROVENANCE, c.provenance());
            g.writeEndObject();
        }

        @Override
        public BasisConversion read(In in) {
            if (!in.isObject("a basis conversion")) {
                return null;
            }
            String mineral = in.text("mineral");
            Stage stage = in.enumeration("stage", STAGE);
            Basis basis = in.enumeration("basis", BASIS);
            double low = in.number("low");
            double central = in.number("central");
            double high = in.number("high");
            ConversionKind kind = in.enumeration("kind", CONVERSION_KIND);
            String rationale = in.text("rationale");
            Provenance p = in.object("provenance", PROVENANCE);
            return in.build("BasisConversion", () -> new BasisConversion(mineral, stage, basis, low, central, high,
                    kind, rationale, p));
        }
    };
}
