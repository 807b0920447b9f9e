namespace SalesCoachBot.Coaching.Method;

/// <summary>
/// Where in the course a statement comes from: the seed document (e.g. "004") and the chapter or
/// unit inside it, in the course's own words (e.g. "第三单元"). <see cref="Section"/> ties it to the index.
/// </summary>
public sealed record CourseReference(string Seed, string Part, MethodologySection Section);
