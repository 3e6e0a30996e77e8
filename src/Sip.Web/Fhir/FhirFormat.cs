using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.Extensions.Primitives;

namespace Sip.Web.Fhir;

/// <summary>
/// FHIR's own content negotiation: the _format parameter when given (json, xml or a FHIR media
/// type), else the Accept header, else JSON.
/// </summary>
internal sealed class FhirFormat
{
    public const string Json = "application/fhir+json";
    public const string Xml = "application/fhir+xml";

    // Swedish letters as they are rather than as \u escapes, so the file reads well and a search
    // for a name finds it; characters that matter to HTML stay escaped.
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private FhirFormat(string mediaType) => MediaType = mediaType;

    public string MediaType { get; }

    /// <summary>Null when _format names something that is neither JSON nor XML.</summary>
    public static FhirFormat? Choose(string? format, StringValues accept)
    {
        if (format is not null)
        {
            // An unescaped '+' in a query string arrives as a space.
            return format.Trim().Replace(' ', '+').ToLowerInvariant() switch
            {
                "json" or "application/json" or Json => new FhirFormat(Json),
                "xml" or "text/xml" or "application/xml" or Xml => new FhirFormat(Xml),
                _ => null,
            };
        }

        var wantsXml = accept.Any(a => a is not null
            && a.Contains("xml", StringComparison.OrdinalIgnoreCase)
            && !a.Contains("json", StringComparison.OrdinalIgnoreCase));
        return new FhirFormat(wantsXml ? Xml : Json);
    }

    public IResult Write(Resource resource) => MediaType == Xml
        ? Results.Bytes(new FhirXmlSerializer().SerializeToBytes(resource), $"{Xml}; charset=utf-8")
        : Results.Bytes(ToJson(resource), $"{Json}; charset=utf-8");

    private static byte[] ToJson(Resource resource)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Writer))
        {
            new FhirJsonSerializer().Serialize(resource, writer);
        }

        return buffer.ToArray();
    }
}
