// The query helpers are used by nearly every slice; one global using rather than one per file.
global using Sip.Application.Querying;
