using System.Security.Cryptography;
using System.Text;
using Hl7.Fhir.Model;

namespace Sip.Web.Fhir;

/// <summary>
/// The bundle's entries under urn:uuid full URLs, and the references between them. What has an id in SIP keeps it;
/// the rest get one derived from the plan's, so that exporting a plan twice gives the same URLs and a receiver
/// updates what it imported before instead of duplicating it.
/// </summary>
internal sealed class BundleEntries(Guid planId)
{
    private readonly List<Bundle.EntryComponent> _entries = [];
    private readonly Dictionary<Guid, string> _urls = [];

    public IReadOnlyList<Bundle.EntryComponent> All => _entries;

    public ResourceReference Add(Guid id, Resource resource, string? display = null)
    {
        var url = $"urn:uuid:{id}";
        _urls.Add(id, url);
        _entries.Add(new Bundle.EntryComponent { FullUrl = url, Resource = resource });
        return new ResourceReference(url, display);
    }

    /// <summary>The entry of something SIP gives no id of its own, e.g. the care team.</summary>
    public ResourceReference Add(string derivedFrom, Resource resource, string? display = null) =>
        Add(Derived(derivedFrom), resource, display);

    public ResourceReference Reference(Guid id, string? display = null) =>
        _urls.TryGetValue(id, out var url)
            ? new ResourceReference(url, display)
            : throw new InvalidOperationException($"No entry {id} in the bundle.");

    public bool Contains(Guid id) => _urls.ContainsKey(id);

    /// <summary>A name-based UUID (RFC 9562 version 8) of the plan's id and what the entry is.</summary>
    private Guid Derived(string what)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{planId:N}/{what}"));
        var bytes = hash.AsSpan(0, 16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
