package org.samklang.core.spi;

/**
 * A source of the people directory: colleagues with their department, extension, e-mail, chat addresses and
 * substitutes ("ask Karin instead"), e.g. an LDAP or Active Directory server, an HR export, a PBX's user list or
 * the sandbox's company. See {@link Connector} for the contract shared by all connectors; its {@link #kind()} is
 * {@link ConnectorKind#PRESENCE}.
 * <p>
 * <b>Merging.</b> The core reads people from every registered source and merges them by directory id: when two
 * sources name the same id, the source that registered first keeps it and the other's entry is dropped with a log
 * line. The merged directory serves the reception desk's search, transfers, "who else can help", presence and the
 * lookup of a person by extension, chat address or e-mail address. A source that goes away (its service is
 * unregistered, or {@link #stopDirectory()} is called) takes its people with it: they leave the reception desk and
 * lose their presence, unless another source also lists them.
 * <p>
 * <b>Push model.</b> The core calls {@link #startDirectory(DirectorySink)} once when the source appears. The source
 * pushes its whole directory with {@link DirectorySink#replaceAll} then and whenever it changes (a sync every few
 * minutes is typical); each push replaces what this source said before.
 * <p>
 * <b>Threading.</b> {@code startDirectory} and {@code stopDirectory} are called on a core thread (never the UI
 * thread) and must return within a second: a slow first sync runs on the source's own thread and pushes when done.
 * Pushing from inside {@code startDirectory} is allowed and is what a source with its data at hand should do, so
 * that presence reports about its people are not dropped as "unknown person" while it starts.
 * <p>
 * <b>Errors and timeouts.</b> A source never throws to the core; an exception thrown from {@code startDirectory} is
 * logged as a plugin bug and the source contributes no people. A remote that cannot be reached is said in
 * {@link #health()}; the source keeps its last pushed directory (the core keeps it too) rather than pushing an empty
 * one, because an empty push removes everybody it listed. Bad entries are refused by {@link DirectoryEntry}'s and
 * {@link org.samklang.core.api.model.Person}'s constructors; skip them and push the rest.
 */
public interface DirectorySource extends Connector {

    /** Starts pushing to {@code sink}; a second call replaces the sink and pushes the current directory again. */
    void startDirectory(DirectorySink sink);

    /** Stops pushing; harmless when not started. The core drops this source's people itself. */
    void stopDirectory();
}
