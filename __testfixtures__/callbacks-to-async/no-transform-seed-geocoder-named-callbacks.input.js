// The seed's "named functions" example (../shared/seeds/003): the callbacks are (results, status),
// not error-first, and go to a geocoder unpyramid knows nothing about: left exactly as it is.
var fromLatLng, toLatLng;

// And lastly this function will execute
var routeDone = function( e ){
    console.log( "ANNNND FINALLY here's the directions..." );
    // do something with e
};

// Secondly this function will execute
var toAddressDone = function( results, status ) {
    if ( status == "OK" ) {
        toLatLng = results[0].geometry.location;
        map.getRoutes({
            origin: [ fromLatLng.lat(), fromLatLng.lng() ],
            destination: [ toLatLng.lat(), toLatLng.lng() ],
            travelMode: "driving",
            unitSystem: "imperial",
            callback: routeDone
        });
    }
};

// First this function will execute
var fromAddressDone = function( results, status ) {
    if ( status == "OK" ) {
        fromLatLng = results[0].geometry.location;
        GMaps.geocode({
            address: toAddress,
            callback: toAddressDone
        });
    }
};

// Initializing function
GMaps.geocode({
    address: fromAddress, // address object is defined globally
    callback: fromAddressDone
});
