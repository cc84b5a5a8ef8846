#!/usr/bin/env python3
"""Uses `tally serve` the way a person does, in headless Chromium driven by Selenium.

Usage: browse.py BASE-URL SCREENSHOT-FOLDER

Opens the roll-up, follows the link to the 2024 Thai Nguyen programme and from it to a target,
changes the as-of date through the form, goes to the reminders and back to the summary, and
checks what a person would see on each page. Saves screenshots at desktop (1280x900) and phone
(390x844) sizes. Exits 0 when every check holds, 1 with the failed check otherwise.
"""
import os
import shutil
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.support.ui import WebDriverWait

DESKTOP = (1280, 900)
PHONE = (390, 844)
checks = 0


def check(condition, what):
    global checks
    if not condition:
        raise AssertionError(what)
    checks += 1


def replaced(page):
    """A wait condition: the element `page` (the old page's <html>) has left the document.
    Chromium sometimes answers a question about a node of a replaced document with "Node with given
    id does not belong to the document" rather than a stale-element error: that means gone too."""
    def gone(_driver):
        try:
            page.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return True
            raise
    return gone


def submit(driver):
    """Sends the page's as-of form and waits for the next page to replace this one (a plain GET:
    under load the click can return before the browser has left the page)."""
    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, "form.asof button[type=submit]").click()
    WebDriverWait(driver, 60).until(replaced(page))


def browser():
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--lang=vi-VN", f"--window-size={DESKTOP[0]},{DESKTOP[1]}"]:
        options.add_argument(argument)
    binary = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if binary:
        options.binary_location = binary
    driver_path = shutil.which("chromedriver")
    service = Service(executable_path=driver_path) if driver_path else Service()
    return webdriver.Chrome(options=options, service=service)


def size(driver, width, height, mobile):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def shoot(driver, folder, name):
    """A desktop and a phone screenshot of the current page; checks the phone one has no sideways scroll."""
    size(driver, *DESKTOP, False)
    driver.refresh()
    driver.save_screenshot(os.path.join(folder, f"{name}-desktop.png"))
    size(driver, *PHONE, True)
    driver.refresh()
    overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    check(overflow <= 1, f"{name}: the page is {overflow}px wider than a phone screen")
    driver.save_screenshot(os.path.join(folder, f"{name}-phone.png"))
    size(driver, *DESKTOP, False)
    driver.refresh()


def text(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def main():
    base, folder = sys.argv[1].rstrip("/"), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    driver = browser()
    try:
        # The roll-up: every programme, each a link.
        driver.get(base + "/")
        check(driver.find_element(By.TAG_NAME, "h1").text.startswith("Tổng hợp"), "the roll-up's heading is Tổng hợp")
        rows = driver.find_elements(By.CSS_SELECTOR, "table.rollup-table tbody tr")
        # programmes/ holds 6 (the DOLISA and Phú Thọ programmes, 4 unions of the Thái Nguyên
        # tree at two folder levels) and the test adds small/club.yaml.
        check(len(rows) == 7, f"the roll-up lists 7 programmes, not {len(rows)}")
        check(driver.find_element(By.ID, "as-of").get_attribute("type") == "date", "the as-of field is a date picker")
        shoot(driver, folder, "1-rollup")

        # Follow the link to a programme.
        driver.find_element(By.PARTIAL_LINK_TEXT, "Sở Lao động").click()
        check("/p/2024-cd-so-ldtbxh-thai-nguyen" in driver.current_url, "the link leads to the programme's page")
        check(driver.find_element(By.TAG_NAME, "h1").text == "Chương trình công tác công đoàn năm 2024", "the programme's title is its heading")
        check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi", "the page is in the programme's language")
        page = text(driver)
        check("Đánh giá chung" in page or "Kết luận" in page or "KHÔNG ĐẠT" in page.upper(), "the verdict is shown")
        check(driver.find_element(By.CSS_SELECTOR, ".scorecard").is_displayed(), "the scorecard is visible")
        shoot(driver, folder, "2-programme")

        # Follow the first target of the list to its page.
        first = driver.find_element(By.CSS_SELECTOR, "table.overview tbody tr a")
        title = first.text
        first.click()
        check("/t/" in driver.current_url, "the target's link leads to its page")
        check(driver.find_element(By.TAG_NAME, "h1").text == title, "the target's page is headed by its title")
        check(driver.find_element(By.CSS_SELECTOR, "article.target svg, article.target .members").is_displayed(), "the target's chart is visible")
        check("Cách tính chỉ tiêu" in text(driver), "the page says how the target was counted")
        crumbs = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "header.site nav a")]
        check(crumbs[0] == "Tổng hợp" and len(crumbs) == 3, f"the breadcrumbs lead back: {crumbs}")
        shoot(driver, folder, "3-target")

        # Change the as-of date with the form (no script on the page: a plain GET).
        field = driver.find_element(By.ID, "as-of")
        driver.execute_script("arguments[0].value = '2024-03-31'", field)
        submit(driver)
        check("as-of=2024-03-31" in driver.current_url, "the form puts the date in the address")
        page = text(driver)
        check("31/03/2024" in page, "the page is evaluated as of 31/03/2024")
        check(driver.find_element(By.ID, "as-of").get_attribute("value") == "2024-03-31", "the form shows the chosen date")
        check(driver.find_element(By.LINK_TEXT, "Hôm nay").is_displayed(), "a link goes back to today")
        shoot(driver, folder, "4-target-as-of")

        # The breadcrumbs keep the date: to the programme, then its reminders, then the summary.
        driver.find_elements(By.CSS_SELECTOR, "header.site nav a")[1].click()
        check("as-of=2024-03-31" in driver.current_url, "the programme link keeps the date")
        check("31/03/2024" in text(driver), "the programme is shown as of the chosen date")
        shoot(driver, folder, "5-programme-as-of")
        driver.find_element(By.LINK_TEXT, "Nhắc việc").click()
        check("/remind" in driver.current_url and "as-of=2024-03-31" in driver.current_url, "the reminders keep the date")
        check(driver.find_element(By.TAG_NAME, "h1").text == "Nhắc việc", "the reminders page is headed Nhắc việc")
        within = driver.find_element(By.ID, "within")
        within.clear()
        within.send_keys("90d")
        submit(driver)
        check("within=90d" in driver.current_url and "as-of=2024-03-31" in driver.current_url, "the form sends both the date and the span")
        check("Nhắc việc tính đến ngày 31/03/2024 (trong 90 ngày tới)" in text(driver) and "workers-month" in text(driver), "the reminders of the next 90 days are listed")
        shoot(driver, folder, "6-reminders")
        driver.find_element(By.CSS_SELECTOR, "header.site nav a").click()
        check("as-of=2024-03-31" in driver.current_url and "31/03/2024" in text(driver), "the summary is as of the chosen date")

        # An unknown programme is a page that leads home.
        driver.get(base + "/p/no-such-programme")
        check("Không tìm thấy" in text(driver), "an unknown programme says it is not found")
    finally:
        driver.quit()
    print(f"browser: {checks} passed, 0 failed")


if __name__ == "__main__":
    try:
        main()
    except AssertionError as failure:
        print(f"browser check failed: {failure}", file=sys.stderr)
        sys.exit(1)
