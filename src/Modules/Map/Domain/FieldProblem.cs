namespace Tianzhong.Modules.Map.Domain;

/// <summary>A rule broken by an input field; <paramref name="Key"/> names the message (resource <c>Problem.{Key}</c>), <paramref name="Arg"/> fills it.</summary>
public sealed record FieldProblem(string Field, string Key, object? Arg = null);

/// <summary>Small checks shared by the layers' rules.</summary>
public static class FieldRules
{
    public static void Required(List<FieldProblem> problems, string field, string? value, int max)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, "Required"));
        }
        else if (value.Trim().Length > max)
        {
            problems.Add(new(field, "TooLong", max));
        }
    }

    public static void Optional(List<FieldProblem> problems, string field, string? value, int max)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (value is not null && value.Trim().Length > max)
        {
            problems.Add(new(field, "TooLong", max));
        }
    }

    public static void NotNegative(List<FieldProblem> problems, string field, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (value is < 0)
        {
            problems.Add(new(field, "Negative"));
        }
    }

    public static void Coordinates(List<FieldProblem> problems, double? longitude, double? latitude)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (longitude is null != latitude is null)
        {
            problems.Add(new(longitude is null ? "longitude" : "latitude", "CoordinatesPair"));
        }

        if (longitude is < -180 or > 180)
        {
            problems.Add(new("longitude", "LongitudeRange"));
        }

        if (latitude is < -90 or > 90)
        {
            problems.Add(new("latitude", "LatitudeRange"));
        }
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
