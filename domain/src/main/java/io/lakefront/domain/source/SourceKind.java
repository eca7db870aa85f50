package io.lakefront.domain.source;

/** Where a source's records come from. Parquet, Delta and Databricks SQL join with the lakehouse work. */
public enum SourceKind {
    /** One CSV or JSON Lines file. */
    FILE,
    /** A folder of files read as one source. */
    FOLDER,
    /** A table or query in any JDBC database. */
    JDBC
}
