// Listening to the element's events from a plain page.
const map = document.querySelector('argument-map');
const said = document.querySelector('#last-selected');
map.addEventListener('claim-select', (event) => {
  said.textContent = event.detail.claim ? `Selected: ${event.detail.claim.text}` : '';
});
map.addEventListener('map-error', (event) => {
  said.textContent = `The map could not be shown: ${event.detail.message}`;
});
