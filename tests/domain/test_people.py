import pytest

from models.people import clean_name, person_key


@pytest.mark.parametrize("name, key", [
    ("Mr B Borrett", "borrett"),
    ("Cllr Bill Borrett", "borrett"),
    ("Borrett", "borrett"),
    ("Mr B Borrett (Chairman)", "borrett"),
    ("Mrs J Brociek –Coulton", "brociek-coulton"),
    ("Councillor Jonathan Wheeler", "wheeler"),
    ("", ""),
])
def test_person_key_is_the_surname_across_forms(name, key):
    assert person_key(name) == key


def test_clean_name_drops_brackets():
    assert clean_name("Mrs S Gurney (Vice-Chair)") == "Mrs S Gurney"
