/**
 * The vocabulary the importers share: {@link org.msp.data.ImportResult} (what one file gives), {@link
 * org.msp.data.CountryNames} (publishers' country names to ISO3), {@link org.msp.data.ReportedTotal} and {@link
 * org.msp.data.SkippedRow}. One sub-package per publisher reads its files: {@code usgs} (USGS Mineral Commodity
 * Summaries), {@code iea} (IEA Critical Minerals Data Explorer), {@code baci} (CEPII BACI), {@code usitc}
 * (USITC DataWeb), {@code facilities} (USGS facility layers), {@code wgi} (World Bank WGI) and {@code eucrm} (EU
 * end-of-life recycling input rates). The embedded world built from them is in {@code org.msp.world}.
 */
package org.msp.data;
