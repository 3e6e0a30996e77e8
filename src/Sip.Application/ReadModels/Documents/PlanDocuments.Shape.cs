using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sip.Application.Features.Plans;

namespace Sip.Application.ReadModels.Documents;

/// <summary>The shape a document is written in, so that no release reads another's.</summary>
public static partial class PlanDocuments
{
    private static int ShapeOf(Type root)
    {
        var described = new StringBuilder();
        var seen = new HashSet<Type>();
        Describe(root);
        return BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(described.ToString())));

        void Describe(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                type = type.GetGenericArguments()[0];
            }

            if (!seen.Add(type) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
            {
                return;
            }

            described.Append(type.FullName).Append('{');
            if (type.IsEnum)
            {
                described.AppendJoin(',', Enum.GetNames(type));
            }

            foreach (var property in type.GetProperties().OrderBy(x => x.Name, StringComparer.Ordinal))
            {
                described.Append(property.Name).Append(':').Append(property.PropertyType.FullName).Append(';');
            }

            described.Append('}');
            foreach (var property in type.GetProperties())
            {
                Describe(property.PropertyType);
            }
        }
    }
}

/// <summary>
/// The document's JSON, generated at build time rather than found by reflection on first use. Enums
/// by name, so that a member added to an enum cannot turn a stored value into another.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PlanDetail))]
internal sealed partial class PlanDocumentJson : JsonSerializerContext;
