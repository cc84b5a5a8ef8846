#!/usr/bin/env python3
"""A clerk records an activity through `tally serve`'s form, in headless Chromium (Selenium).

Usage: record.py BASE-URL SCREENSHOT-FOLDER EVIDENCE-FILE

The served folder holds phuong/cd.yaml (units Tổ 1 and Tổ 2, one conference each) and
other/plan.yaml; the clerk `to1` (password "mật khẩu tổ 1") records for Tổ 1 of phuong/cd only.
The script opens the programme and is sent to the sign-in page, signs in, opens the record form,
records a conference with EVIDENCE-FILE attached, sees what it changed and the target page
counting it, and is refused a record for Tổ 2 (sent by editing the form in the page) and the other
programme. Saves screenshots at
desktop and phone sizes. Exits 0 when every check holds, 1 with the failed check otherwise.
"""
import os
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

import browse
from browse import DESKTOP, PHONE, browser, check, size, text


def send(driver, selector):
    """Clicks the submit button of the form at `selector` and waits for the next page."""
    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, selector + " button[type=submit]").click()
    WebDriverWait(driver, 60).until(browse.replaced(page))


def wait_for_url(driver, ending):
    """Waits (up to a minute, for a loaded machine) until the address ends with `ending`."""
    try:
        WebDriverWait(driver, 60).until(lambda d: d.current_url.endswith(ending))
    except Exception:
        pass  # the check that follows says what the address was


def shoot_here(driver, folder, name):
    """Screenshots of the page as it is (no reload: it may be the answer to a post)."""
    size(driver, *DESKTOP, False)
    driver.save_screenshot(os.path.join(folder, f"{name}-desktop.png"))
    size(driver, *PHONE, True)
    overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    check(overflow <= 1, f"{name}: the page is {overflow}px wider than a phone screen")
    driver.save_screenshot(os.path.join(folder, f"{name}-phone.png"))
    size(driver, *DESKTOP, False)


def record_for_another_unit(driver):
    """Edits the form in the page as a hostile clerk could (Tổ 2 added to the units) and sends it."""
    driver.execute_script("""
        const unit = document.getElementById('unit');
        unit.add(new Option('Tổ 2', 'Tổ 2'));
        unit.value = 'Tổ 2';
        document.getElementById('activity').value = 'conference';
        document.getElementById('title').value = 'ghi hộ tổ khác';
    """)
    send(driver, "form.record")


def main():
    base, folder, evidence = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
    os.makedirs(folder, exist_ok=True)
    driver = browser()
    try:
        # Not signed in: the programme sends the clerk to the sign-in page.
        driver.get(base + "/p/phuong/cd")
        check("/login" in driver.current_url, f"an anonymous visit is sent to /login, not {driver.current_url}")
        shoot_here(driver, folder, "7-login")
        driver.find_element(By.ID, "user").send_keys("to1")
        driver.find_element(By.ID, "password").send_keys("mật khẩu tổ 1")
        send(driver, "form.login")
        wait_for_url(driver, "/p/phuong/cd")
        check(driver.current_url.endswith("/p/phuong/cd"), f"signing in leads back to the programme, not {driver.current_url}")
        check("Hội nghị CBCC" in text(driver) and "0 / 2" in text(driver), "the programme shows the target at 0 / 2")

        # The record form: the clerk's unit only.
        driver.find_element(By.LINK_TEXT, "Ghi hồ sơ").click()
        wait_for_url(driver, "/p/phuong/cd/record")
        check(driver.current_url.endswith("/p/phuong/cd/record"), "the link leads to the record form")
        units = [option.get_attribute("value") for option in Select(driver.find_element(By.ID, "unit")).options]
        check(units == ["", "Tổ 1"], f"the form offers the clerk's unit only: {units}")
        shoot_here(driver, folder, "8-record-form")
        record_for_another_unit(driver)
        check("Đã ghi hồ sơ" not in text(driver), f"a record for Tổ 2 is refused: {text(driver)[:400]}")
        shoot_here(driver, folder, "8b-refused")
        driver.get(base + "/p/phuong/cd/record")

        Select(driver.find_element(By.ID, "activity")).select_by_value("conference")
        Select(driver.find_element(By.ID, "unit")).select_by_value("Tổ 1")
        driver.find_element(By.ID, "title").send_keys("Hội nghị <b>CBCC</b> tổ 1")
        driver.find_element(By.ID, "evidence").send_keys(os.path.abspath(evidence))
        send(driver, "form.record")
        page = text(driver)
        check("Đã ghi hồ sơ" in page, f"the answer says the record was made: {page[:600]}")
        check("Hội nghị CBCC: 0 / 2 → 1 / 2" in page, "and what it changed")
        shoot_here(driver, folder, "9-recorded")

        # The target counts it, with the evidence linked.
        driver.get(base + "/p/phuong/cd/t/conf")
        check("1 / 2" in text(driver), "the target page counts the new record")
        links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "a[href*='/files/']")]
        check(any("/evidence/" in link and link.endswith(".pdf") for link in links), f"the evidence is linked: {links}")
        check("Hội nghị <b>CBCC</b> tổ 1" in text(driver), "the typed <b> is shown as text, not markup")
        shoot_here(driver, folder, "10-target-after")

        # Another programme is not the clerk's.
        driver.get(base + "/p/other/plan")
        check("Sinh hoạt" not in text(driver), "another programme's targets are not shown")
        driver.get(base + "/p/other/plan/record")
        check(not driver.find_elements(By.CSS_SELECTOR, "form.record"), "nor its record form")
    finally:
        driver.quit()
    print(f"record: {browse.checks} passed, 0 failed")


if __name__ == "__main__":
    try:
        main()
    except AssertionError as failure:
        print(f"record check failed: {failure}", file=sys.stderr)
        sys.exit(1)
