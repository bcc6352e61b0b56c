import './explorer-app.js';
