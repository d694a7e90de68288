from boundarylab.widgets import ProfileForm


def test_saving_the_profile_stores_it_and_the_form_comes_back_filled_in(store):
    form = ProfileForm(store)
    form.name.value, form.profession.value, form.licence.value = " Ana Ruiz ", "Counsellor", "LPC-123"
    form.save.click()
    assert "Ana Ruiz" in form.status.value
    assert (store.profile().name, store.profile().licence) == ("Ana Ruiz", "LPC-123")
    again = ProfileForm(store)
    assert (again.name.value, again.profession.value, again.licence.value) == ("Ana Ruiz", "Counsellor", "LPC-123")


def test_a_missing_name_is_asked_for_in_a_sentence(store):
    form = ProfileForm(store)
    form.save.click()
    assert "enter your name" in form.status.value
    assert store.profile() is None


def test_text_boxes_keep_every_character_on_a_quick_click(store):
    form = ProfileForm(store)
    assert not any(w.continuous_update for w in (form.name, form.profession, form.licence))


def test_the_region_is_saved_with_the_profile_and_shown_again(store):
    form = ProfileForm(store)
    assert form.region.value == "us"  # the bank's setting until the learner says otherwise
    form.name.value, form.region.value = "Siobhan Kelly", "ireland"
    form.save.click()
    assert store.profile().region == "ireland"
    assert ProfileForm(store).region.value == "ireland"
