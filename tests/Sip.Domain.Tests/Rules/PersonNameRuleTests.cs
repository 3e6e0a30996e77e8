using Sip.Domain.Calendar;
using Sip.Domain.People;
using Sip.Domain.Plans;

namespace Sip.Domain.Tests.Rules;

/// <summary>
/// The person's name sorts by surname (what stands before a comma, else the last word) and is searched
/// in lower case; both follow the name, gallring included.
/// </summary>
public sealed class PersonNameRuleTests
{
    private readonly World _w = new();

    [Theory]
    [InlineData("Åsa Åberg", "Åberg Åsa")]
    [InlineData("Anna Maria  Lind", "Lind Anna Maria")]
    [InlineData("Karl von Essen", "Essen Karl von")]
    [InlineData("Berg Lind, Anna", "Berg Lind Anna")]
    [InlineData("Ekholm,Eva", "Ekholm Eva")]
    [InlineData("Madonna", "Madonna")]
    public void A_name_sorts_by_its_surname(string fullName, string sortName) =>
        Assert.Equal(sortName, SubjectPerson.SortNameOf(fullName));

    [Theory]
    [InlineData("ÅSA ÅBERG", "åsa åberg")]
    [InlineData("Ärla  Ängström", "ärla ängström")]
    [InlineData("ÖRJAN Öberg", "örjan öberg")]
    [InlineData("Émile ÉLAN", "émile élan")]
    [InlineData("Ülla ÜBER", "ülla über")]
    public void Search_folds_the_case_of_swedish_and_accented_letters(string fullName, string searchName) =>
        Assert.Equal(
            searchName,
            new SubjectPerson(
                PersonalIdentityNumber.Parse("19780923-9846", SwedishTime.Today(World.Now)), fullName, false, false).SearchName);

    [Fact]
    public void Gallring_removes_the_sort_and_search_names_with_the_name()
    {
        var plan = _w.Start();
        Assert.Equal(("Testsson Testa", "testa testsson"), (plan.Person.SortName, plan.Person.SearchName));
        plan.Cancel("Personen ville inte ha någon SIP.", World.Now);

        plan.Anonymise(World.Now.AddYears(5));

        Assert.Equal((SipPlan.Redacted, SipPlan.Redacted, "gallrad"), (plan.Person.FullName, plan.Person.SortName, plan.Person.SearchName));
    }
}
